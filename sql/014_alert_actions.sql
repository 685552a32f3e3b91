-- What operators did with an alert, through the API (POST /api/alerts/{id}/ack, /resolve, /snooze,
-- /comment, /reopen): the audit trail, who and when. Rows are only added, never changed. An alert's
-- operator state is its latest ack, resolve, snooze or reopen (docs/alerts.md, Operator workflow).
CREATE TABLE IF NOT EXISTS alert_actions
(
    action_id     String                          COMMENT 'Given by the API: sorts in the order actions were taken (time, sequence, random)',
    brand_id      LowCardinality(String)          COMMENT 'Tenant of the alert',
    alert_id      String                          COMMENT 'The alert (alerts.alert_id)',
    revision      UInt32                          COMMENT 'The alert revision the operator saw when acting',
    action        LowCardinality(String)          COMMENT 'ack, resolve, snooze, reopen or comment',
    actor         String                          COMMENT 'Name of the API token that acted',
    role          LowCardinality(String)          COMMENT 'Its role for the brand: operator or admin',
    at            DateTime64(3, 'UTC')            COMMENT 'Wall-clock time of the action',
    snoozed_until Nullable(DateTime64(3, 'UTC'))  COMMENT 'For snooze: until when',
    comment       String                          COMMENT 'Free text from the operator, may be empty'
)
ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(at)
ORDER BY (brand_id, alert_id, at, action_id)
COMMENT 'Audit trail of operator actions on alerts';
