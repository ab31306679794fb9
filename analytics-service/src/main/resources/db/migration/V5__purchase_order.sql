-- Purchase orders: the newest PurchaseOrderUpserted of every order, header and lines. The
-- lines are replaced together with the header, in the same transaction.
CREATE TABLE purchase_order (
    tenant_id         text          NOT NULL,
    source            text          NOT NULL,
    purchase_order_id text          NOT NULL,
    order_number      text,
    supplier_id       text          NOT NULL,
    supplier_name     text          NOT NULL,
    status            text          NOT NULL, -- draft | placed | partially_received | received | cancelled
    order_date        date          NOT NULL,
    expected_date     date,
    location_id       text,
    currency          char(3)       NOT NULL,
    total_amount      numeric(19,4) NOT NULL, -- excluding tax
    updated_at        timestamptz   NOT NULL,
    PRIMARY KEY (tenant_id, source, purchase_order_id)
);

CREATE TABLE purchase_order_line (
    tenant_id         text          NOT NULL,
    source            text          NOT NULL,
    purchase_order_id text          NOT NULL,
    line_id           text          NOT NULL,
    sku               text          NOT NULL,
    quantity          integer       NOT NULL,
    received_quantity integer       NOT NULL,
    unit_cost         numeric(19,4) NOT NULL,
    line_total        numeric(19,4) NOT NULL,
    expected_date     date, -- null: the order's expected date
    PRIMARY KEY (tenant_id, source, purchase_order_id, line_id),
    FOREIGN KEY (tenant_id, source, purchase_order_id) REFERENCES purchase_order ON DELETE CASCADE
);
