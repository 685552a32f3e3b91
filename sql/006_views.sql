-- Deduplicated, current views for BI tools: what a dashboard should read.
CREATE VIEW IF NOT EXISTS alerts_current AS
SELECT * FROM alerts FINAL;

CREATE VIEW IF NOT EXISTS group_activity AS
SELECT * FROM group_activity_minute FINAL;
