-- Sales summed per tenant, UTC order day, grouping and currency: the figures SalesQueries would
-- sum from order_revenue and order_line for that day alone, each order's (or line's) converted
-- amounts rounded before summing exactly as there, so a range's figures are the sum of its days'.
-- Built in the background (revenue.SalesDayBuilder) from the order read model; a day is read from
-- here only while it is not stale, so an answer never lags the orders, rates or products.
--
-- grouping: total, region, channel, store (orders) or sku, category (lines); day, week and month
-- answers are the total rows keyed by their day.
CREATE TABLE sales_day (
    tenant_id           text    NOT NULL,
    grouping            text    NOT NULL,
    day                 date    NOT NULL,
    group_key           text    NOT NULL,
    currency            char(3) NOT NULL,
    revenue             numeric NOT NULL,
    revenue_base        numeric NOT NULL,
    unconverted         numeric NOT NULL,
    earlier_rate_orders bigint  NOT NULL,
    revenue_with_cost   numeric NOT NULL,
    cost                numeric NOT NULL,
    orders              bigint  NOT NULL,
    units               bigint  NOT NULL,
    refunded_orders     bigint  NOT NULL,
    cancelled_orders    bigint  NOT NULL,
    PRIMARY KEY (tenant_id, grouping, day, group_key, currency)
);

-- Days whose sales_day rows do not reflect the order read model (yet): an order of the day was
-- stored, or moved away from it. The version grows with every mark, so a rebuild removes only the
-- mark it read and a day marked again meanwhile stays stale.
CREATE TABLE sales_day_stale (
    tenant_id text        NOT NULL,
    day       date        NOT NULL,
    version   bigint      NOT NULL DEFAULT 1,
    marked_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, day)
);

-- Every day of a tenant from from_day on is stale: a rate of that day changed (conversions of
-- later days may use it), or a product's cost or category, or the tenant's base currency
-- changed (-infinity). One row per tenant, cheap to mark from a trigger; the builder turns it
-- into stale days.
CREATE TABLE sales_rebuild_from (
    tenant_id text        PRIMARY KEY,
    from_day  date        NOT NULL,
    version   bigint      NOT NULL DEFAULT 1,
    marked_at timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION sales_mark_from(tenant text, from_day date) RETURNS void LANGUAGE sql AS $$
    INSERT INTO sales_rebuild_from AS r (tenant_id, from_day) VALUES (tenant, from_day)
    ON CONFLICT (tenant_id) DO UPDATE SET from_day = least(r.from_day, EXCLUDED.from_day),
        version = r.version + 1, marked_at = now();
$$;

CREATE FUNCTION sales_fx_rate_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM sales_mark_from(NEW.tenant_id, NEW.rate_date);
    IF TG_OP = 'UPDATE' AND OLD.rate_date <> NEW.rate_date THEN
        PERFORM sales_mark_from(OLD.tenant_id, OLD.rate_date);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER sales_fx_rate_inserted AFTER INSERT ON fx_rate
    FOR EACH ROW EXECUTE FUNCTION sales_fx_rate_changed();
CREATE TRIGGER sales_fx_rate_updated AFTER UPDATE ON fx_rate
    FOR EACH ROW WHEN (OLD.rate IS DISTINCT FROM NEW.rate OR OLD.rate_date IS DISTINCT FROM NEW.rate_date)
    EXECUTE FUNCTION sales_fx_rate_changed();

CREATE FUNCTION sales_all_days_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM sales_mark_from(NEW.tenant_id, '-infinity'::date);
    RETURN NULL;
END;
$$;

CREATE TRIGGER sales_product_inserted AFTER INSERT ON product
    FOR EACH ROW EXECUTE FUNCTION sales_all_days_changed();
CREATE TRIGGER sales_product_updated AFTER UPDATE ON product
    FOR EACH ROW WHEN (OLD.unit_cost IS DISTINCT FROM NEW.unit_cost
                       OR OLD.unit_cost_currency IS DISTINCT FROM NEW.unit_cost_currency
                       OR OLD.category IS DISTINCT FROM NEW.category)
    EXECUTE FUNCTION sales_all_days_changed();
CREATE TRIGGER sales_tenant_inserted AFTER INSERT ON tenant
    FOR EACH ROW EXECUTE FUNCTION sales_all_days_changed();
CREATE TRIGGER sales_tenant_updated AFTER UPDATE ON tenant
    FOR EACH ROW WHEN (OLD.base_currency IS DISTINCT FROM NEW.base_currency)
    EXECUTE FUNCTION sales_all_days_changed();

-- An order moved to another day leaves its old day stale (its new day is marked with every
-- stored snapshot by OrderRevenueRepository).
CREATE FUNCTION sales_order_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO sales_day_stale AS s (tenant_id, day) VALUES (OLD.tenant_id, OLD.order_date)
    ON CONFLICT (tenant_id, day) DO UPDATE SET version = s.version + 1, marked_at = now();
    RETURN NULL;
END;
$$;

CREATE TRIGGER sales_order_moved AFTER UPDATE OF order_date ON order_revenue
    FOR EACH ROW WHEN (OLD.order_date <> NEW.order_date) EXECUTE FUNCTION sales_order_moved();

-- Everything stored before is stale until built.
INSERT INTO sales_day_stale (tenant_id, day) SELECT DISTINCT tenant_id, order_date FROM order_revenue;
