-- When this service last recorded demand of a tenant (its own clock, not the source's), so a
-- new tenant's first forecast run waits until its history has stopped streaming in.
CREATE TABLE demand_activity (
    tenant_id        text        PRIMARY KEY,
    last_recorded_at timestamptz NOT NULL
);
