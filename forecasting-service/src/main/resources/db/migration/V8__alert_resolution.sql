-- The id of the AlertRaised that announced an episode, so the AlertResolved that ends it
-- names the same alert. Episodes opened before this have none; their own id stands in.
ALTER TABLE planning_alert_episode ADD COLUMN alert_id uuid;
