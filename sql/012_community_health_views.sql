-- Deduplicated views of community health for BI tools and the API.

-- Every group-day, its newest row
CREATE VIEW IF NOT EXISTS group_health AS
SELECT * FROM group_health_daily FINAL;

-- Each group's latest day: the groups' current health
CREATE VIEW IF NOT EXISTS group_health_current AS
SELECT * FROM group_health_daily FINAL
ORDER BY brand_id, group_id, day DESC
LIMIT 1 BY brand_id, group_id;

-- Who is in each group now
CREATE VIEW IF NOT EXISTS group_roster AS
SELECT * FROM group_members FINAL
WHERE in_group = 1;
