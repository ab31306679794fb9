-- forecast_point_final, same columns and numbers, computed in time linear in the run's size.
-- The first version summed an aggregate's bottom changes under "sku = 'all' OR bc.sku = p.sku"
-- conditions no index can serve, so every SKU-level week scanned every bottom row of its week:
-- a 10,000-series run took minutes to read. Each aggregate level now has its own branch with
-- plain equalities (SKU: same SKU; region: same region; total: all), and a bottom row, which
-- never uses the sum, reads none.
CREATE OR REPLACE VIEW forecast_point_final AS
SELECT p.run_id, p.tenant_id, p.level, p.sku, p.channel, p.region, p.period_start,
       p.point * c.factor + c.shift                         AS point,
       greatest(0, p.lo80 * c.factor + c.shift)             AS lo80,
       greatest(0, p.hi80 * c.factor + c.shift)             AS hi80,
       greatest(0, p.lo90 * c.factor + c.shift)             AS lo90,
       greatest(0, p.hi90 * c.factor + c.shift)             AS hi90,
       greatest(0, p.lo95 * c.factor + c.shift)             AS lo95,
       greatest(0, p.hi95 * c.factor + c.shift)             AS hi95,
       p.point                                              AS baseline_point,
       c.uplift_units                                       AS event_uplift,
       o.quantity                                           AS override_quantity,
       o.reason                                             AS override_reason,
       o.updated_by                                         AS overridden_by,
       o.updated_email                                      AS overridden_by_email,
       o.updated_at                                         AS overridden_at
FROM forecast_point p
LEFT JOIN forecast_override o
       ON o.tenant_id = p.tenant_id AND o.level = p.level AND o.sku = p.sku AND o.channel = p.channel
      AND o.region = p.region AND o.period_start = p.period_start
CROSS JOIN LATERAL (
    SELECT CASE WHEN o.quantity IS NULL AND p.level = 'bottom' THEN 1 + b.uplift ELSE 1 END AS factor,
           CASE WHEN o.quantity IS NOT NULL THEN o.quantity - p.point
                WHEN p.level = 'bottom' THEN 0
                ELSE b.delta END                                                     AS shift,
           b.uplift_units
    FROM (
        SELECT coalesce(sum(bc.uplift), 0) AS uplift, coalesce(sum(bc.uplift_units), 0) AS uplift_units,
               coalesce(sum(bc.delta), 0) AS delta
        FROM (
            -- A bottom series' own change (its uplift, shown beside its baseline).
            SELECT bc.uplift, bc.uplift_units, bc.delta FROM forecast_bottom_change bc
            WHERE p.level = 'bottom' AND bc.run_id = p.run_id AND bc.tenant_id = p.tenant_id
              AND bc.sku = p.sku AND bc.channel = p.channel AND bc.region = p.region
              AND bc.period_start = p.period_start
            UNION ALL
            SELECT bc.uplift, bc.uplift_units, bc.delta FROM forecast_bottom_change bc
            WHERE p.level = 'sku' AND bc.run_id = p.run_id AND bc.tenant_id = p.tenant_id AND bc.sku = p.sku
              AND bc.period_start = p.period_start
            UNION ALL
            SELECT bc.uplift, bc.uplift_units, bc.delta FROM forecast_bottom_change bc
            WHERE p.level = 'region' AND bc.run_id = p.run_id AND bc.tenant_id = p.tenant_id
              AND bc.region = p.region AND bc.period_start = p.period_start
            UNION ALL
            SELECT bc.uplift, bc.uplift_units, bc.delta FROM forecast_bottom_change bc
            WHERE p.level = 'total' AND bc.run_id = p.run_id AND bc.tenant_id = p.tenant_id
              AND bc.period_start = p.period_start
        ) bc
    ) b
) c;
