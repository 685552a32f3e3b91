-- One complaint about one subject of one brand across the groups it reached: the negative_cascade alerts
-- of those groups (each names it in alerts.incident_id), the order and time in which groups were reached,
-- and the forecast of its final size. One row per incident; its revisions replace each other.
CREATE TABLE IF NOT EXISTS incidents
(
    incident_id            String                        COMMENT 'in- and a hash of brand, subject and its first evidence time',
    revision               UInt32                        COMMENT 'Grows with each group alert revision; the highest is current',
    brand_id               LowCardinality(String)        COMMENT 'Tenant',
    state                  LowCardinality(String)        COMMENT 'open, or ended once no group had evidence for the incident window (2 h)',
    subject_kind           LowCardinality(String)        COMMENT 'product or aspect',
    subject                String                        COMMENT 'The SKU or aspect',
    subject_name           String                        COMMENT 'The catalogue name of the product, or the aspect',
    summary                String                        COMMENT 'One sentence for an operator (中文 | English)',
    group_ids              Array(String)                 COMMENT 'Groups in the order reached (by their first complaint)',
    group_alert_ids        Array(String)                 COMMENT 'The negative_cascade alert in each group, same order',
    group_first_seen       Array(DateTime64(3, 'UTC'))   COMMENT 'First complaint in each group, same order',
    group_members          Array(UInt32)                 COMMENT 'Complaining members in each group, same order',
    total_members          UInt32                        COMMENT 'Complaining members in all groups',
    first_seen             DateTime64(3, 'UTC')          COMMENT 'First complaint anywhere (event time)',
    last_seen              DateTime64(3, 'UTC')          COMMENT 'Latest complaint anywhere (event time)',
    seconds_to_spread      Int64                         COMMENT 'Seconds from the first complaint of the first group to that of the second; -1 while in one group',
    severity               UInt8                         COMMENT 'Highest severity of its alerts (counts forecast size and groups reached)',
    forecast_members       UInt32                        COMMENT 'Forecast final number of complaining members (equals total_members once ended)',
    forecast_members_low   UInt32                        COMMENT 'Low end of its 90% interval',
    forecast_members_high  UInt32                        COMMENT 'High end of its 90% interval',
    forecast_groups        UInt32                        COMMENT 'Forecast final number of groups reached',
    forecast_groups_low    UInt32                        COMMENT 'Low end of its 90% interval',
    forecast_groups_high   UInt32                        COMMENT 'High end of its 90% interval'
)
ENGINE = ReplacingMergeTree(revision)
ORDER BY (brand_id, incident_id)
COMMENT 'Complaint incidents across groups, one row per incident (latest revision with FINAL)';

CREATE VIEW IF NOT EXISTS incidents_current AS
SELECT * FROM incidents FINAL;

-- a view's * is expanded when it is created: alerts_current must be made again to show sql/008's columns
CREATE OR REPLACE VIEW alerts_current AS
SELECT * FROM alerts FINAL;
