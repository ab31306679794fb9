-- Suggested purchases from forecasting.recommendations.v1, as the two events give them.
-- ReorderRecommended: the latest recommendation per SKU and location (by generatedAt).
CREATE TABLE reorder_recommendation (
    tenant_id          text          NOT NULL,
    location_id        text          NOT NULL,
    sku                text          NOT NULL,
    recommendation_id  text          NOT NULL,
    supplier_id        text,
    supplier_name      text,
    quantity           integer       NOT NULL,
    order_by           date          NOT NULL,
    expected_arrival   date          NOT NULL,
    projected_stockout date,
    estimated_cost     numeric(19,4),          -- null when the unit cost is unknown
    cost_currency      char(3),
    reason             text          NOT NULL,
    forecast_id        text          NOT NULL,
    generated_at       timestamptz   NOT NULL,
    PRIMARY KEY (tenant_id, location_id, sku)
);

-- PurchasePlanChanged: the newest revision of each plan (by revision) with its purchases.
CREATE TABLE purchase_plan (
    tenant_id     text          NOT NULL,
    plan_id       text          NOT NULL,
    revision      bigint        NOT NULL,
    horizon_start date          NOT NULL,
    horizon_end   date          NOT NULL,
    currency      char(3)       NOT NULL,
    total_cost    numeric(19,4) NOT NULL,
    reason        text          NOT NULL,
    changed_at    timestamptz   NOT NULL,
    PRIMARY KEY (tenant_id, plan_id)
);

CREATE TABLE planned_purchase (
    tenant_id        text          NOT NULL,
    plan_id          text          NOT NULL,
    position         integer       NOT NULL, -- order within the plan's list
    sku              text          NOT NULL,
    supplier_id      text,
    supplier_name    text,
    quantity         integer       NOT NULL,
    order_by         date          NOT NULL,
    expected_arrival date          NOT NULL,
    cost             numeric(19,4) NOT NULL,
    PRIMARY KEY (tenant_id, plan_id, position),
    FOREIGN KEY (tenant_id, plan_id) REFERENCES purchase_plan ON DELETE CASCADE
);
