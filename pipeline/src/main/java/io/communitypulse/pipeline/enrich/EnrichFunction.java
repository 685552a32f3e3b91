package io.communitypulse.pipeline.enrich;

import io.communitypulse.events.ChatMessage;
import io.communitypulse.sentiment.SentimentScorer;
import org.apache.flink.api.common.functions.MapFunction;

/** Scores every chat message with the sentiment model; media without text scores neutral. */
public final class EnrichFunction implements MapFunction<ChatMessage, EnrichedMessage> {

    private static final long serialVersionUID = 1L;
    private final SentimentScorer scorer;

    public EnrichFunction(SentimentScorer scorer) {
        this.scorer = scorer;
    }

    @Override
    public EnrichedMessage map(ChatMessage message) {
        return EnrichedMessage.of(message, scorer.score(message.brandId(), message.text()), scorer.modelId());
    }
}
