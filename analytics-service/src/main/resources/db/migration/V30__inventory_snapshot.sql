-- Stock per SKU and location at the end of each UTC day, kept from inventory.levels.v1 by the
-- analytics.inventory-history consumer: inventory_level keeps only the latest level, DIO needs
-- the level of every day. One row per SKU, location and day: the level measured latest that day
-- (a newer as_of wins, an older one never overwrites it). A day without a row keeps the level
-- of the latest earlier row.
CREATE TABLE inventory_snapshot (
    tenant_id   text        NOT NULL,
    sku         text        NOT NULL,
    location_id text        NOT NULL,
    day         date        NOT NULL, -- UTC date of as_of
    on_hand     integer     NOT NULL,
    inbound     integer     NOT NULL,
    reserved    integer     NOT NULL,
    as_of       timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, sku, location_id, day)
);

CREATE INDEX inventory_snapshot_tenant_day_idx ON inventory_snapshot (tenant_id, day);
