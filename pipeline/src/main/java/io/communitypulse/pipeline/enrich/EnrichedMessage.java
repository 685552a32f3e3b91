package io.communitypulse.pipeline.enrich;

import io.communitypulse.events.ChatMessage;
import io.communitypulse.sentiment.Aspect;
import io.communitypulse.sentiment.SentimentResult;
import io.communitypulse.sentiment.complaint.MessageAnalysis;
import java.util.ArrayList;
import java.util.List;

/**
 * A chat message with what the sentiment model read in it: a row of {@code chat_messages}; and its
 * complaint signals, which travel on to the cascade detector (they are not stored).
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
        List<String> cues,
        MessageAnalysis complaintSignals) {

    public static EnrichedMessage of(ChatMessage message, SentimentResult result, String sentimentModel,
                                     MessageAnalysis complaintSignals) {
        return new EnrichedMessage(message, result.score(), result.label().wireName(), result.confidence(), sentimentModel,
                new ArrayList<>(result.aspects().stream().map(Aspect::wireName).toList()),
                new ArrayList<>(result.products()), new ArrayList<>(result.cues()), complaintSignals);
    }

    public boolean isNegative() {
        return "negative".equals(sentimentLabel);
    }

    public boolean isPositive() {
        return "positive".equals(sentimentLabel);
    }
}
