-- Per group and event-time minute: who spoke and who came and went. Late events re-emit the
-- minute with a larger events_counted, and ReplacingMergeTree keeps that fuller row.
CREATE TABLE IF NOT EXISTS group_activity_minute
(
    brand_id           LowCardinality(String)  COMMENT 'Tenant',
    group_id           String                  COMMENT 'Chat group',
    minute             DateTime('UTC')         COMMENT 'Start of the event-time minute',
    member_messages    UInt32                  COMMENT 'Messages sent by members (customers)',
    staff_messages     UInt32                  COMMENT 'Messages sent by staff',
    bot_messages       UInt32                  COMMENT 'Messages sent by bots',
    distinct_speakers  UInt32                  COMMENT 'Distinct members (not staff or bots) who sent a message',
    negative_messages  UInt32                  COMMENT 'Member messages scored negative',
    positive_messages  UInt32                  COMMENT 'Member messages scored positive',
    joins              UInt32                  COMMENT 'Members who joined',
    leaves             UInt32                  COMMENT 'Members who left on their own',
    removals           UInt32                  COMMENT 'Members removed by staff',
    events_counted     UInt64                  COMMENT 'Events in this minute so far: the version that keeps the fullest row'
)
ENGINE = ReplacingMergeTree(events_counted)
PARTITION BY toYYYYMM(minute)
ORDER BY (brand_id, group_id, minute)
COMMENT 'Group activity per minute (event time); query with FINAL or the group_activity view';
