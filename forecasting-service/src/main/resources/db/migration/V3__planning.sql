-- Purchase orders as last reported (newest snapshot wins); their lines are replaced with the order.
CREATE TABLE purchase_order (
    tenant_id     text        NOT NULL,
    entity_id     text        NOT NULL,
    status        text        NOT NULL,
    location_id   text,
    expected_date date,
    updated_at    timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, entity_id)
);

-- What is still to arrive per line: ordered minus received.
CREATE TABLE purchase_order_line (
    tenant_id     text    NOT NULL,
    entity_id     text    NOT NULL,
    line_id       text    NOT NULL,
    sku           text    NOT NULL,
    open_quantity integer NOT NULL CHECK (open_quantity >= 0),
    expected_date date,
    PRIMARY KEY (tenant_id, entity_id, line_id),
    FOREIGN KEY (tenant_id, entity_id) REFERENCES purchase_order (tenant_id, entity_id) ON DELETE CASCADE
);

CREATE INDEX purchase_order_line_sku ON purchase_order_line (tenant_id, sku);
