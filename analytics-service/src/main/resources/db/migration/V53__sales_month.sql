-- sales_day summed per calendar month, so a range of years reads a few dozen rows per group
-- instead of a thousand days of them (three years by SKU: ~390,000 daily rows on a tenant ten
-- times the demo's size). A month's rows are recomputed from sales_day in the transaction that
-- builds any of its days; a month is read from here only when the range covers it whole and no
-- day of it is stale, and then every one of its days is built and so is the month.
CREATE TABLE sales_month (
    tenant_id           text    NOT NULL,
    grouping            text    NOT NULL,
    month               date    NOT NULL, -- its first day
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
    PRIMARY KEY (tenant_id, grouping, month, group_key, currency)
);

-- Days built before months existed are built again, and their months with them.
INSERT INTO sales_day_stale (tenant_id, day)
SELECT DISTINCT tenant_id, order_date FROM order_revenue
ON CONFLICT DO NOTHING;
