package io.communitypulse.pipeline;

import io.communitypulse.events.ChatMessage;
import io.communitypulse.events.MessageType;
import io.communitypulse.events.SenderRole;
import io.communitypulse.pipeline.enrich.EnrichedMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Test messages at fixed offsets from {@link #BASE}, in one brand's group. */
public final class Fixtures {

    public static final Instant BASE = Instant.parse("2026-11-23T01:00:00Z");
    public static final String BRAND = "brand_a";
    public static final String GROUP = "g-001";

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

    public static EnrichedMessage enriched(ChatMessage message, String label, List<String> products, List<String> aspects) {
        double score = switch (label) {
            case "negative" -> -0.8;
            case "positive" -> 0.8;
            default -> 0.0;
        };
        return new EnrichedMessage(message, score, label, 0.9, "test/000000000000", new ArrayList<>(aspects), new ArrayList<>(products),
                new ArrayList<>(List.of("过敏")));
    }

    public static EnrichedMessage neutral(ChatMessage message) {
        return enriched(message, "neutral", List.of(), List.of());
    }

    public static Duration minutes(long n) {
        return Duration.ofMinutes(n);
    }
}
