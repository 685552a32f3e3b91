-- Community health (docs/clickhouse.md, "Community health"). Three tables:
--   group_snapshots     every group snapshot as it came (WeCom 客户群详情): who was in the group, and when
--   group_members       the roster: one row per person and group, rewritten as what is known of them changes
--   group_health_daily  one row per group and day of the brand's zone (Asia/Shanghai by default), rewritten as
--                       the day goes; the row with day_complete = 1 is final
-- All times are event time, UTC.

CREATE TABLE IF NOT EXISTS group_snapshots
(
    brand_id      LowCardinality(String)  COMMENT 'Tenant',
    group_id      String                  COMMENT 'Chat group',
    taken_at      DateTime64(3, 'UTC')    COMMENT 'When the snapshot was taken (event time)',
    event_id      String                  COMMENT 'The snapshot event id',
    group_name    String                  COMMENT 'The group name at that time, empty when not given',
    owner_id      String                  COMMENT 'The staff member who owns the group, empty when not given',
    member_count  UInt32                  COMMENT 'Members (customers) listed',
    staff_count   UInt32                  COMMENT 'Staff listed',
    bot_count     UInt32                  COMMENT 'Bots listed',
    member_ids    Array(String)           COMMENT 'Everyone listed, in the order given'
)
ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(taken_at)
ORDER BY (brand_id, group_id, taken_at, event_id)
COMMENT 'Group snapshots as received, one row per snapshot';

CREATE TABLE IF NOT EXISTS group_members
(
    brand_id       LowCardinality(String)          COMMENT 'Tenant',
    group_id       String                          COMMENT 'Chat group',
    member_id      String                          COMMENT 'The person: the same id as sender_id in chat_messages and customer_id in orders',
    role           LowCardinality(String)          COMMENT 'member (customer), staff or bot',
    in_group       UInt8                           COMMENT '1 while in the group, 0 once gone',
    joined_at      Nullable(DateTime64(3, 'UTC'))  COMMENT 'Their latest join (from a join event or a snapshot); NULL when unknown',
    left_at        Nullable(DateTime64(3, 'UTC'))  COMMENT 'When they went, while in_group = 0',
    departure      LowCardinality(String)          COMMENT 'leave (on their own), removed (by staff), missing_from_snapshot (a snapshot no longer listed them); empty while in the group',
    last_spoke_at  Nullable(DateTime64(3, 'UTC'))  COMMENT 'Their latest message in the group; NULL when the pipeline saw none',
    known_from     LowCardinality(String)          COMMENT 'How the pipeline first learned of them: join, snapshot, message or departure',
    updated_at     DateTime64(3, 'UTC')            COMMENT 'The latest event time behind this row: the version'
)
ENGINE = ReplacingMergeTree(updated_at)
ORDER BY (brand_id, group_id, member_id)
COMMENT 'Group rosters, one row per person and group (latest with FINAL)';

CREATE TABLE IF NOT EXISTS group_health_daily
(
    brand_id                LowCardinality(String)          COMMENT 'Tenant',
    group_id                String                          COMMENT 'Chat group',
    day                     Date                            COMMENT 'The day, in time_zone',
    time_zone               LowCardinality(String)          COMMENT 'The brand''s zone whose midnight ends the day (Asia/Shanghai by default)',
    group_name              String                          COMMENT 'From the latest snapshot, empty when none',
    members                 UInt32                          COMMENT 'Members (customers) in the group at the end of the day; for the current day, now',
    members_at_start        UInt32                          COMMENT 'Members at the end of the day before; on a group''s first day, members less the day''s net growth',
    staff                   UInt32                          COMMENT 'Staff in the group at the end of the day',
    bots                    UInt32                          COMMENT 'Bots in the group at the end of the day',
    joins                   UInt32                          COMMENT 'Join events',
    leaves                  UInt32                          COMMENT 'Members who left on their own',
    removals                UInt32                          COMMENT 'Members removed by staff',
    net_growth              Int32                           COMMENT 'joins - leaves - removals',
    exit_rate               Float64                         COMMENT '(leaves + removals) / members_at_start; 0 for an empty group',
    early_exits             UInt32                          COMMENT 'Members who left on their own within 24 h of joining',
    daily_senders           UInt32                          COMMENT 'Distinct members who sent a message that day',
    active_members_7d       UInt32                          COMMENT 'Members in the group at the end of the day who sent a message on one of the 7 days up to it',
    active_rate             Float64                         COMMENT 'active_members_7d / members; 0 for an empty group',
    member_messages         UInt32                          COMMENT 'Messages from members',
    staff_messages          UInt32                          COMMENT 'Messages from staff',
    bot_messages            UInt32                          COMMENT 'Messages from bots',
    staff_share             Float64                         COMMENT 'Share of the day''s messages sent by staff and bots (the brand''s voice); 0 without messages',
    member_topics           UInt32                          COMMENT 'Member messages, not replies, that drew a reply from another member within 6 h (counted on the day of the first such reply)',
    member_replies          UInt32                          COMMENT 'Member replies to another member''s message sent at most 6 h before',
    last_member_message_at  Nullable(DateTime64(3, 'UTC'))  COMMENT 'The group''s latest member message up to this row',
    day_complete            UInt8                           COMMENT '1 once the day is over and the allowed lateness has passed: the final row',
    as_of                   DateTime64(3, 'UTC')            COMMENT 'Event time the row was computed at: the version'
)
ENGINE = ReplacingMergeTree(as_of)
PARTITION BY toYYYYMM(day)
ORDER BY (brand_id, group_id, day)
COMMENT 'Community health per group and day (event time, brand zone); latest with FINAL or the group_health view';
