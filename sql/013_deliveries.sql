-- Every attempt of the notifier (module notifier/) to deliver an alert revision to a channel: a WeCom,
-- DingTalk or Feishu robot or a signed webhook (docs/alerts.md, Delivery). One row per attempt; the last
-- attempt of an (alert, revision, channel) says where it stands: delivered, retrying (another attempt
-- is due at next_attempt_at) or failed (no attempt left, or the receiver refused it for good).
-- A notifier that replays the topic after a restart skips what is delivered here already.
CREATE TABLE IF NOT EXISTS deliveries
(
    delivery_id      String                  COMMENT 'alert_id/revision/channel_id: the id a receiver deduplicates on',
    brand_id         LowCardinality(String)  COMMENT 'Tenant',
    alert_id         String                  COMMENT 'The alert (alerts.alert_id)',
    revision         UInt32                  COMMENT 'The alert revision delivered',
    alert_type       LowCardinality(String)  COMMENT 'As in alerts',
    severity         UInt8                   COMMENT 'Severity of that revision',
    notice           LowCardinality(String)  COMMENT 'Why it was sent: opened, updated (a severity step), resolved, reminder',
    channel_id       LowCardinality(String)  COMMENT 'The channel as named in the notifier configuration',
    channel_kind     LowCardinality(String)  COMMENT 'wecom, dingtalk, feishu or webhook',
    attempt          UInt16                  COMMENT '1 for the first attempt',
    status           LowCardinality(String)  COMMENT 'delivered, retrying or failed',
    http_status      Int32                   COMMENT 'HTTP status of the answer; 0 when none came (refused, timed out)',
    latency_ms       UInt32                  COMMENT 'From sending the request to the answer',
    error            String                  COMMENT 'Why it failed, empty when delivered',
    attempted_at     DateTime64(3, 'UTC')    COMMENT 'Wall-clock time of the attempt',
    next_attempt_at  Nullable(DateTime64(3, 'UTC')) COMMENT 'When status = retrying: when the next attempt is due'
)
ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(attempted_at)
ORDER BY (brand_id, alert_id, revision, channel_id, attempt)
COMMENT 'Notifier delivery attempts, one row per attempt';

-- Where each (alert, revision, channel) stands: its last attempt.
CREATE VIEW IF NOT EXISTS delivery_status AS
SELECT delivery_id, brand_id, alert_id, revision, channel_id,
       argMax(channel_kind, attempt) AS channel_kind,
       argMax(notice, attempt) AS notice,
       max(attempt) AS attempts,
       argMax(status, attempt) AS status,
       argMax(http_status, attempt) AS http_status,
       argMax(latency_ms, attempt) AS latency_ms,
       argMax(error, attempt) AS error,
       min(attempted_at) AS first_attempt_at,
       max(attempted_at) AS last_attempt_at
FROM deliveries FINAL
GROUP BY delivery_id, brand_id, alert_id, revision, channel_id;
