package io.communitypulse.pipeline.enrich;

import io.communitypulse.events.ChatMessage;
import io.communitypulse.sentiment.Aspect;
import io.communitypulse.sentiment.SentimentResult;
import java.util.ArrayList;
import java.util.List;

/**
 * A chat message with what the sentiment model read in it: a row of {@code chat_messages}.
 * Lists are plain ArrayLists of wire names so Flink can serialise them without special setup.
 */
public record EnrichedMessage(
        ChatMessage message,
        double sentimentScore,
        String sentimentLabel,
        double sentimentConfidence,
        String sentimentModel,
        List<String> aspects,
        List<String> products,
        List<String> cues) {

    public static EnrichedMessage of(ChatMessage message, SentimentResult result, String sentimentModel) {
        return new EnrichedMessage(message, result.score(), result.label().wireName(), result.confidence(), sentimentModel,
                new ArrayList<>(result.aspects().stream().map(Aspect::wireName).toList()),
                new ArrayList<>(result.products()), new ArrayList<>(result.cues()));
    }

    public boolean isNegative() {
        return "negative".equals(sentimentLabel);
    }

    public boolean isPositive() {
        return "positive".equals(sentimentLabel);
    }
}
