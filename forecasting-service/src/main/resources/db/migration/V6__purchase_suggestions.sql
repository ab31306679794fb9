-- What planning needs to value an order and name its supplier, from ProductUpserted.
ALTER TABLE product
    ADD COLUMN unit_cost     numeric(19, 4),
    ADD COLUMN cost_currency text,
    ADD COLUMN supplier_id   text,
    ADD COLUMN supplier_code text,
    ADD COLUMN supplier_name text;

-- The currency approval thresholds are stated in, from auth.tenants.v1.
ALTER TABLE tenant_calendar ADD COLUMN base_currency text;

-- Suggested purchase orders, one current suggestion per tenant, SKU and location.
-- open: waiting for someone to act; approved: a MANAGER approved it (needed when
-- requires_approval); executed: an OPERATOR confirmed the order was placed; rejected: a
-- MANAGER turned it down; superseded: a later run computed a different order; withdrawn:
-- a later run found no order needed.
CREATE TABLE purchase_suggestion (
    id                 uuid          PRIMARY KEY,
    tenant_id          text          NOT NULL,
    run_id             uuid          NOT NULL,
    sku                text          NOT NULL,
    location_id        text          NOT NULL,
    quantity           bigint        NOT NULL CHECK (quantity > 0),
    unit_cost          numeric(19, 4),
    currency           text,
    order_value        numeric(19, 2),
    requires_approval  boolean       NOT NULL,
    approval_reason    text          NOT NULL,
    status             text          NOT NULL
        CHECK (status IN ('open', 'approved', 'executed', 'rejected', 'superseded', 'withdrawn')),
    order_by           date          NOT NULL,
    expected_arrival   date          NOT NULL,
    projected_stockout date,
    explanation        jsonb         NOT NULL,
    created_at         timestamptz   NOT NULL,
    decided_by         text,
    decided_by_email   text,
    decided_at         timestamptz,
    decision_reason    text,
    executed_by        text,
    executed_by_email  text,
    executed_at        timestamptz,
    execution_note     text,
    closed_at          timestamptz
);

-- The newest suggestion per SKU and location that is not superseded or withdrawn: what a
-- new run compares its order with, so an unchanged order is neither repeated nor re-sent.
CREATE INDEX purchase_suggestion_latest ON purchase_suggestion (tenant_id, sku, location_id, created_at DESC);
CREATE UNIQUE INDEX purchase_suggestion_current ON purchase_suggestion (tenant_id, sku, location_id)
    WHERE status IN ('open', 'approved');
CREATE INDEX purchase_suggestion_listing ON purchase_suggestion (tenant_id, status, created_at DESC);

-- Stock-out risk and overstock episodes per SKU and location: an alert is raised when an
-- episode opens, not on every run; the episode closes when a run no longer sees the condition.
CREATE TABLE planning_alert_episode (
    id           uuid        PRIMARY KEY,
    tenant_id    text        NOT NULL,
    sku          text        NOT NULL,
    location_id  text        NOT NULL,
    kind         text        NOT NULL CHECK (kind IN ('stockout_risk', 'overstock')),
    opened_run   uuid        NOT NULL,
    opened_at    timestamptz NOT NULL,
    last_run     uuid        NOT NULL,
    last_seen_at timestamptz NOT NULL,
    closed_at    timestamptz
);

CREATE UNIQUE INDEX planning_alert_episode_open ON planning_alert_episode (tenant_id, sku, location_id, kind)
    WHERE closed_at IS NULL;

-- Which sales regions a warehouse serves, set by a planner. Amazon FBA locations serve
-- Amazon demand of their marketplace without a setting; locations without one pool the rest.
CREATE TABLE location_region (
    tenant_id   text        NOT NULL,
    location_id text        NOT NULL,
    regions     text[]      NOT NULL,
    updated_by  text        NOT NULL,
    updated_at  timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, location_id)
);

-- Target service level per ABC class of SKU, set by a MANAGER; a class without a row uses
-- sentia.forecasting.planning.service-level.
CREATE TABLE class_service_level (
    tenant_id     text             NOT NULL,
    sku_class     text             NOT NULL CHECK (sku_class IN ('A', 'B', 'C')),
    service_level double precision NOT NULL CHECK (service_level > 0 AND service_level < 1),
    updated_by    text             NOT NULL,
    updated_at    timestamptz      NOT NULL,
    PRIMARY KEY (tenant_id, sku_class)
);
