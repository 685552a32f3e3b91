package io.communitypulse.pipeline.ingest;

import io.communitypulse.events.RejectReason;
import io.communitypulse.events.Rejection;

/** A record that did not enter the pipeline, and why: a row of {@code dead_letters}. */
public record DeadLetter(String brandId, String recordKey, String source, String reason, String detail,
                         String rawRecord, long receivedAtMillis) {

    static final int MAX_RAW_CHARS = 64 * 1024;

    public static DeadLetter of(RawRecord raw, Rejection rejection) {
        return new DeadLetter(rejection.brandId() == null ? "" : rejection.brandId(), raw.recordKey(), raw.source(),
                rejection.reason().wireName(), rejection.detail(), cut(raw.text()), raw.receivedAtMillis());
    }

    public static DeadLetter of(String brandId, String recordKey, String source, RejectReason reason, String detail,
                                String rawRecord, long receivedAtMillis) {
        return new DeadLetter(brandId, recordKey, source, reason.wireName(), detail, cut(rawRecord), receivedAtMillis);
    }

    private static String cut(String raw) {
        if (raw == null) {
            return "";
        }
        return raw.length() <= MAX_RAW_CHARS ? raw : raw.substring(0, MAX_RAW_CHARS);
    }
}
