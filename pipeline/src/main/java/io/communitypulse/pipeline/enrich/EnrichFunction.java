package io.communitypulse.pipeline.enrich;

import io.communitypulse.events.ChatMessage;
import io.communitypulse.sentiment.SentimentResult;
import io.communitypulse.sentiment.SentimentScorer;
import io.communitypulse.sentiment.complaint.ComplaintRecognizer;
import org.apache.flink.api.common.functions.MapFunction;

/**
 * Scores every chat message with the sentiment model (media without text scores neutral) and reads
 * its complaint signals, the context-free half of complaint recognition; the per-group cascade
 * detector judges them in their conversation.
 */
public final class EnrichFunction implements MapFunction<ChatMessage, EnrichedMessage> {

    private static final long serialVersionUID = 1L;
    private final SentimentScorer scorer;
    private final ComplaintRecognizer recognizer = new ComplaintRecognizer();

    public EnrichFunction(SentimentScorer scorer) {
        this.scorer = scorer;
    }

    @Override
    public EnrichedMessage map(ChatMessage message) {
        SentimentResult sentiment = scorer.score(message.brandId(), message.text());
        return EnrichedMessage.of(message, sentiment, scorer.modelId(), recognizer.analyse(message.text(), sentiment));
    }
}
