package io.communitypulse.pipeline;

import io.communitypulse.events.ChatMessage;
import io.communitypulse.events.MessageType;
import io.communitypulse.events.SenderRole;
import io.communitypulse.pipeline.enrich.EnrichedMessage;
import java.time.Duration;
import java.time.Instant;
import io.communitypulse.sentiment.Aspect;
import io.communitypulse.sentiment.SentimentLabel;
import io.communitypulse.sentiment.SentimentResult;
import io.communitypulse.sentiment.complaint.ComplaintRecognizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Test messages at fixed offsets from {@link #BASE}, in one brand's group. */
public final class Fixtures {

    public static final Instant BASE = Instant.parse("2026-11-23T01:00:00Z");
    public static final String BRAND = "brand_a";
    public static final String GROUP = "g-001";
    private static final ComplaintRecognizer RECOGNIZER = new ComplaintRecognizer();

    private Fixtures() {}

    public static Instant at(Duration offset) {
        return BASE.plus(offset);
    }

    public static ChatMessage chat(String id, String member, String text, Duration offset) {
        return new ChatMessage(id, BRAND, GROUP, member, SenderRole.MEMBER, MessageType.TEXT, text, null, List.of(), at(offset));
    }

    public static ChatMessage reply(String id, String member, String text, String replyTo, Duration offset) {
        return new ChatMessage(id, BRAND, GROUP, member, SenderRole.MEMBER, MessageType.TEXT, text, replyTo, List.of(), at(offset));
    }

    /** A member message the model read as negative about a product and an aspect. */
    public static EnrichedMessage complaint(String id, String member, String sku, String aspect, Duration offset) {
        return enriched(chat(id, member, "用了" + sku + "过敏了", offset), "negative", List.of(sku), List.of(aspect));
    }

    /**
     * A message as the sentiment model would have scored it, with its complaint signals read by the real
     * recognizer from that score: what the enrich stage hands on.
     */
    public static EnrichedMessage enriched(ChatMessage message, String label, List<String> products, List<String> aspects) {
        double score = switch (label) {
            case "negative" -> -0.8;
            case "positive" -> 0.8;
            default -> 0.0;
        };
        SentimentResult sentiment = new SentimentResult(score, SentimentLabel.valueOf(label.toUpperCase(Locale.ROOT)), 0.9,
                aspects.stream().map(Fixtures::aspect).toList(), products, List.of("过敏"));
        return EnrichedMessage.of(message, sentiment, "test/000000000000", RECOGNIZER.analyse(message.text(), sentiment));
    }

    private static Aspect aspect(String wireName) {
        return Arrays.stream(Aspect.values()).filter(a -> a.wireName().equals(wireName)).findFirst().orElseThrow();
    }

    public static EnrichedMessage neutral(ChatMessage message) {
        return enriched(message, "neutral", List.of(), List.of());
    }

    public static Duration minutes(long n) {
        return Duration.ofMinutes(n);
    }
}
