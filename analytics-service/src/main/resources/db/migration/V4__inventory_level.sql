-- Stock per SKU and location (FBA included): the newest InventoryLevelChanged by asOf.
CREATE TABLE inventory_level (
    tenant_id     text        NOT NULL,
    sku           text        NOT NULL,
    location_id   text        NOT NULL,
    location_name text        NOT NULL,
    location_type text        NOT NULL, -- warehouse | amazon_fba | third_party_logistics | store
    source        text        NOT NULL,
    on_hand       integer     NOT NULL,
    available     integer     NOT NULL,
    inbound       integer     NOT NULL,
    reserved      integer     NOT NULL,
    as_of         timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, sku, location_id)
);
