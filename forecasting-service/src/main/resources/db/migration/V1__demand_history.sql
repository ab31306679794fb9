-- Demand history read model, built from commerce, catalogue and inventory events.
--
-- Orders are kept as their newest snapshot (updated_at is the source's own change time,
-- compared on upsert) with their lines, so an update replaces the order's contribution and
-- demand is re-derived from what is stored, never accumulated. demand_date is the UTC date of
-- ordered_at, the same day every service puts the order on.
CREATE TABLE sales_order (
    tenant_id   text        NOT NULL,
    order_key   text        NOT NULL, -- the event's entityId: source:store:orderId
    channel     text        NOT NULL,
    region      text        NOT NULL,
    status      text        NOT NULL,
    ordered_at  timestamptz NOT NULL,
    demand_date date        NOT NULL,
    updated_at  timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, order_key)
);

CREATE INDEX sales_order_tenant_date_idx ON sales_order (tenant_id, demand_date);

-- Lines by their position in the snapshot: sources may repeat a line id, positions never clash.
CREATE TABLE sales_order_line (
    tenant_id text    NOT NULL,
    order_key text    NOT NULL,
    line_no   integer NOT NULL,
    line_id   text    NOT NULL,
    sku       text    NOT NULL,
    quantity  integer NOT NULL, -- units after cancellations and refunds, as the source reports
    PRIMARY KEY (tenant_id, order_key, line_no),
    FOREIGN KEY (tenant_id, order_key) REFERENCES sales_order (tenant_id, order_key) ON DELETE CASCADE
);

CREATE TABLE product (
    tenant_id      text        NOT NULL,
    sku            text        NOT NULL,
    name           text        NOT NULL,
    lead_time_days integer,
    moq            integer     NOT NULL,
    case_pack      integer     NOT NULL,
    active         boolean     NOT NULL,
    updated_at     timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, sku)
);

-- Components of bundles and gift sets: a bundle sold is demand for its components.
CREATE TABLE bundle_component (
    tenant_id     text    NOT NULL,
    bundle_sku    text    NOT NULL,
    component_sku text    NOT NULL,
    quantity      integer NOT NULL,
    PRIMARY KEY (tenant_id, bundle_sku, component_sku)
);

-- Every stock level reported, so the days a location had nothing on hand can be derived.
CREATE TABLE inventory_level (
    tenant_id     text        NOT NULL,
    sku           text        NOT NULL,
    location_id   text        NOT NULL,
    location_type text        NOT NULL,
    as_of         timestamptz NOT NULL,
    on_hand       integer     NOT NULL,
    available     integer     NOT NULL,
    inbound       integer     NOT NULL,
    PRIMARY KEY (tenant_id, sku, location_id, as_of)
);

-- Units demanded per tenant, SKU, channel, region and UTC day. Cancelled and fully refunded
-- orders contribute nothing; a bundle line becomes demand for each component (one level deep).
CREATE VIEW daily_demand AS
SELECT o.tenant_id,
       coalesce(c.component_sku, l.sku)             AS sku,
       o.channel,
       o.region,
       o.demand_date,
       sum(l.quantity * coalesce(c.quantity, 1))::bigint AS quantity
FROM sales_order o
JOIN sales_order_line l ON l.tenant_id = o.tenant_id AND l.order_key = o.order_key
LEFT JOIN bundle_component c ON c.tenant_id = l.tenant_id AND c.bundle_sku = l.sku
WHERE o.status NOT IN ('cancelled', 'refunded')
GROUP BY 1, 2, 3, 4, 5;

-- Tenants' calendars (from auth.tenants.v1): daily runs happen at the tenant's local time.
CREATE TABLE tenant_calendar (
    tenant_id  text        PRIMARY KEY,
    time_zone  text        NOT NULL,
    updated_at timestamptz NOT NULL
);
