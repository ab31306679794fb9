-- The lines of the stored snapshot of every order in order_revenue: what sold, how many, for
-- how much. A line belongs to its order's stored snapshot: when a newer snapshot replaces the
-- order, its lines replace all of the order's lines in the same transaction, and an older
-- snapshot's lines are never written.
--
-- Quantities and totals are net of refunds and removals, as the connectors publish them; a
-- cancelled order keeps its lines but the queries leave them out, as they leave out the order.
CREATE TABLE order_line (
    tenant_id   text          NOT NULL,
    source      text          NOT NULL,
    store       text          NOT NULL,
    order_id    text          NOT NULL,
    line_id     text          NOT NULL,
    sku         text          NOT NULL,
    quantity    integer       NOT NULL,
    line_total  numeric(19,4) NOT NULL, -- in the order's currency
    PRIMARY KEY (tenant_id, source, store, order_id, line_id),
    FOREIGN KEY (tenant_id, source, store, order_id)
        REFERENCES order_revenue (tenant_id, source, store, order_id) ON DELETE CASCADE
);

CREATE INDEX order_line_tenant_sku_idx ON order_line (tenant_id, sku);
