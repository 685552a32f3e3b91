package io.communitypulse.pipeline.ingest;

/**
 * One input record before parsing, with where it came from.
 *
 * @param recordKey deterministic id of the record: {@code topic:partition:offset} for Kafka,
 *                  {@code file:sha1} for files; a replay reads the same key again
 * @param receivedAtMillis the Kafka record timestamp; 0 for a file line, which has no arrival time of its own
 */
public record RawRecord(String source, String recordKey, String text, long receivedAtMillis) {}
