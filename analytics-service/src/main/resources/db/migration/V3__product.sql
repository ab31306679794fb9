-- Catalogue read model: the newest ProductUpserted of every SKU.
CREATE TABLE product (
    tenant_id          text          NOT NULL,
    sku                text          NOT NULL,
    name               text          NOT NULL,
    source             text          NOT NULL,
    unit_cost          numeric(19,4),          -- null when the source does not know it
    unit_cost_currency char(3),
    price              numeric(19,4),
    price_currency     char(3),
    lead_time_days     integer,
    supplier_id        text,
    supplier_name      text,
    active             boolean       NOT NULL,
    updated_at         timestamptz   NOT NULL,
    PRIMARY KEY (tenant_id, sku)
);
