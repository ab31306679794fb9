-- Revenue read model: the newest snapshot of every order, one row per order, built from
-- OrderUpserted events. An older snapshot never replaces a newer one (updated_at is the
-- source's own change time, compared on upsert).
--
-- order_date is the UTC calendar date of ordered_at. Every service and every viewer then
-- puts an order on the same day, whatever the store's time zone; the price is that a late
-- evening order in New York counts on the next (UTC) day.
CREATE TABLE order_revenue (
    tenant_id    text          NOT NULL,
    source       text          NOT NULL,
    store        text          NOT NULL,
    order_id     text          NOT NULL,
    order_date   date          NOT NULL,
    ordered_at   timestamptz   NOT NULL,
    region       text          NOT NULL,
    channel      text          NOT NULL,
    status       text          NOT NULL,
    currency     char(3)       NOT NULL,
    total_amount numeric(19,4) NOT NULL, -- revenue net of cancellations and refunds
    line_count   integer       NOT NULL,
    updated_at   timestamptz   NOT NULL, -- the source's updatedAt of the stored snapshot
    PRIMARY KEY (tenant_id, source, store, order_id)
);

CREATE INDEX order_revenue_tenant_date_idx ON order_revenue (tenant_id, order_date);
