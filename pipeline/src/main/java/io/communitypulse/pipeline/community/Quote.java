package io.communitypulse.pipeline.community;

import io.communitypulse.events.alert.AlertEvidence;
import java.time.Instant;

/** A message kept to be quoted in an alert: who said what, when. A Flink POJO. */
public final class Quote {

    public String messageId;
    public String senderId;
    public String text;
    public long atMillis;

    public Quote() {}

    Quote(String messageId, String senderId, String text, long atMillis) {
        this.messageId = messageId;
        this.senderId = senderId;
        this.text = text == null ? "" : text;
        this.atMillis = atMillis;
    }

    /** Quotes in state keep at most this much of a message. */
    static final int MAX_CHARS = 200;

    static String shorten(String text) {
        return text == null || text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS) + "…";
    }

    AlertEvidence evidence() {
        return new AlertEvidence(messageId, text, senderId, Instant.ofEpochMilli(atMillis));
    }

    /** The earlier of two quotes; at the same instant the smaller id, so that arrival order never decides. */
    static Quote earlier(Quote a, Quote b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        if (a.atMillis != b.atMillis) {
            return a.atMillis < b.atMillis ? a : b;
        }
        return a.messageId.compareTo(b.messageId) <= 0 ? a : b;
    }

    /** The later of two quotes, by the same rule. */
    static Quote later(Quote a, Quote b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return earlier(a, b) == a ? b : a;
    }
}
