-- Every input record the pipeline could not accept, with the reason: nothing is dropped silently.
-- Grain: one row per rejected record. Key: record_key (topic:partition:offset for Kafka, a hash of
-- the raw record for files), so a replay from a checkpoint rewrites the same rows.
CREATE TABLE IF NOT EXISTS dead_letters
(
    brand_id     String                  COMMENT 'The brand when the record could be read that far, else empty',
    record_key   String                  COMMENT 'Deterministic id of the input record: topic:partition:offset, or file:sha1 of the raw text',
    source       LowCardinality(String)  COMMENT 'Kafka topic or file the record came from',
    reason       LowCardinality(String)  COMMENT 'malformed_json, missing_field, bad_type, bad_value, unknown_event_type, oversize, duplicate, too_late',
    detail       String                  COMMENT 'What is wrong, naming the field and value',
    raw_record   String                  COMMENT 'The record as received (cut at 64 KiB)',
    received_at  DateTime64(3, 'UTC')    COMMENT 'Kafka record timestamp or the time the pipeline read it'
)
ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(received_at)
ORDER BY (brand_id, record_key)
COMMENT 'Rejected input records and why (see docs/events.md for the reasons)';
