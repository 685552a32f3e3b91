-- Alerts the detectors raise. An alert grows while its incident grows: each update is a new
-- revision of the same alert_id, and ReplacingMergeTree keeps the highest revision.
CREATE TABLE IF NOT EXISTS alerts
(
    alert_id          String                  COMMENT 'Stable id of the incident: type, brand, group, subject and start',
    revision          UInt32                  COMMENT 'Grows with each update; the highest is current',
    brand_id          LowCardinality(String)  COMMENT 'Tenant',
    alert_type        LowCardinality(String)  COMMENT 'negative_cascade (see docs/alerts.md)',
    severity          UInt8                   COMMENT '1 (watch) .. 10 (critical)',
    group_id          String                  COMMENT 'Group where it happens',
    subject_kind      LowCardinality(String)  COMMENT 'product or aspect',
    subject           String                  COMMENT 'The SKU or aspect the members complain about',
    aspects           Array(LowCardinality(String)) COMMENT 'Aspects named in the evidence',
    distinct_members  UInt32                  COMMENT 'Distinct members in the evidence',
    first_seen        DateTime64(3, 'UTC')    COMMENT 'Event time of the first evidence message',
    last_seen         DateTime64(3, 'UTC')    COMMENT 'Event time of the latest evidence message',
    evidence_message_ids Array(String)        COMMENT 'event_id of each evidence message, in order',
    evidence_texts    Array(String)           COMMENT 'Their texts, same order',
    cues              Array(String)           COMMENT 'Words and emoticons that made the evidence negative',
    summary           String                  COMMENT 'One sentence an operator can act on'
)
ENGINE = ReplacingMergeTree(revision)
PARTITION BY toYYYYMM(first_seen)
ORDER BY (brand_id, alert_id)
COMMENT 'Alerts, one row per revision; query with FINAL or the alerts_current view';
