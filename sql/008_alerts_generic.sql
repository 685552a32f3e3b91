-- One alert row for every alert type: the columns every alert has (state, when the rule fired, the
-- members, who sent each piece of evidence and when) and a JSON object `details` with the type's own
-- fields. A new alert type needs no ALTER. Rows written before this migration read the defaults:
-- state 'open', detected_at = first_seen, empty arrays, details '{}'.
ALTER TABLE alerts
    ADD COLUMN IF NOT EXISTS state LowCardinality(String) DEFAULT 'open'
        COMMENT 'open, growing, peaked, quiet, ended or superseded (see docs/alerts.md)' AFTER severity,
    ADD COLUMN IF NOT EXISTS detected_at DateTime64(3, 'UTC') DEFAULT first_seen
        COMMENT 'Event time at which the rule first fired (the first revision)' AFTER last_seen,
    ADD COLUMN IF NOT EXISTS member_ids Array(String)
        COMMENT 'The distinct members behind the alert, in the order they joined it' AFTER distinct_members,
    ADD COLUMN IF NOT EXISTS evidence_sender_ids Array(String)
        COMMENT 'Sender of each evidence message, same order as evidence_message_ids' AFTER evidence_texts,
    ADD COLUMN IF NOT EXISTS evidence_times Array(DateTime64(3, 'UTC'))
        COMMENT 'Event time of each evidence message, same order as evidence_message_ids' AFTER evidence_sender_ids,
    ADD COLUMN IF NOT EXISTS details String DEFAULT '{}'
        COMMENT 'JSON object with the fields of this alert type (docs/alerts.md); read with JSONExtract*' AFTER summary,
    ADD COLUMN IF NOT EXISTS related_alert_ids Array(String)
        COMMENT 'Alerts this one continues, replaces or belongs with' AFTER details,
    ADD COLUMN IF NOT EXISTS incident_id String DEFAULT ''
        COMMENT 'The cross-group incident this alert belongs to, empty when none' AFTER related_alert_ids;

ALTER TABLE alerts
    COMMENT COLUMN alert_id 'Stable id across revisions: the type prefix (nc-, cs-...) and a hash of what identifies the incident',
    COMMENT COLUMN alert_type 'One of the types in docs/alerts.md: negative_cascade, clock_skew...',
    COMMENT COLUMN group_id 'Group where it happens; empty for an alert about a whole brand or a producer',
    COMMENT COLUMN subject_kind 'What subject names: product, aspect, producer...';
