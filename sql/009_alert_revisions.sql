-- Every revision of every alert, kept: `alerts` keeps only the highest revision per alert (and two
-- revisions written in one insert collapse there into the last), so the moment an alert first fired and
-- how it grew are read here. Fed by a materialized view on each insert into `alerts`; a replay rewrites
-- the same (alert_id, revision) rows, which collapse.
CREATE TABLE IF NOT EXISTS alert_revisions
(
    alert_id             String                        COMMENT 'As in alerts',
    revision             UInt32                        COMMENT 'One row per revision',
    brand_id             LowCardinality(String)        COMMENT 'Tenant',
    alert_type           LowCardinality(String)        COMMENT 'As in alerts',
    severity             UInt8                         COMMENT '1 (watch) .. 10 (critical) at this revision',
    state                LowCardinality(String)        COMMENT 'State at this revision',
    group_id             String                        COMMENT 'Group, empty for brand-wide alerts',
    subject_kind         LowCardinality(String)        COMMENT 'product, aspect, producer...',
    subject              String                        COMMENT 'What the alert is about',
    distinct_members     UInt32                        COMMENT 'Distinct members at this revision',
    member_ids           Array(String)                 COMMENT 'The members at this revision',
    first_seen           DateTime64(3, 'UTC')          COMMENT 'Event time of the first evidence',
    last_seen            DateTime64(3, 'UTC')          COMMENT 'Event time of the latest evidence at this revision',
    detected_at          DateTime64(3, 'UTC')          COMMENT 'Event time at which the rule first fired',
    evidence_message_ids Array(String)                 COMMENT 'Evidence at this revision',
    summary              String                        COMMENT 'The summary at this revision',
    details              String                        COMMENT 'The fields of its type at this revision (JSON)',
    related_alert_ids    Array(String)                 COMMENT 'As in alerts',
    incident_id          String                        COMMENT 'As in alerts'
)
ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(first_seen)
ORDER BY (brand_id, alert_id, revision)
COMMENT 'Every revision of every alert; the current one is in alerts_current';

CREATE MATERIALIZED VIEW IF NOT EXISTS alert_revisions_feed TO alert_revisions AS
SELECT alert_id, revision, brand_id, alert_type, severity, state, group_id, subject_kind, subject, distinct_members,
       member_ids, first_seen, last_seen, detected_at, evidence_message_ids, summary, details, related_alert_ids,
       incident_id
FROM alerts;

-- rows from before this migration: their current revision is all that is left of them
INSERT INTO alert_revisions
SELECT alert_id, revision, brand_id, alert_type, severity, state, group_id, subject_kind, subject, distinct_members,
       member_ids, first_seen, last_seen, detected_at, evidence_message_ids, summary, details, related_alert_ids,
       incident_id
FROM alerts FINAL;
