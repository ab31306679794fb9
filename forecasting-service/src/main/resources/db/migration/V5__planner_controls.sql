-- Planner's controls: overrides per series and week, kept apart from runs so they survive
-- every new run, with an append-only audit of each change.
CREATE TABLE forecast_override (
    tenant_id    text             NOT NULL,
    level        text             NOT NULL, -- total | sku | region | bottom, as series_forecast
    sku          text             NOT NULL,
    channel      text             NOT NULL,
    region       text             NOT NULL,
    period_start date             NOT NULL, -- the Monday starting the overridden week
    quantity     double precision NOT NULL CHECK (quantity >= 0),
    reason       text             NOT NULL,
    updated_by   text             NOT NULL, -- the caller's subject
    updated_email text,
    updated_at   timestamptz      NOT NULL,
    PRIMARY KEY (tenant_id, level, sku, channel, region, period_start)
);

-- Append-only: the service only ever inserts here.
CREATE TABLE forecast_override_audit (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id    text             NOT NULL,
    level        text             NOT NULL,
    sku          text             NOT NULL,
    channel      text             NOT NULL,
    region       text             NOT NULL,
    period_start date             NOT NULL,
    action       text             NOT NULL, -- set | cleared
    old_quantity double precision,
    new_quantity double precision,
    reason       text             NOT NULL,
    subject      text             NOT NULL,
    email        text,
    changed_at   timestamptz      NOT NULL
);

CREATE INDEX forecast_override_audit_tenant_idx ON forecast_override_audit (tenant_id, changed_at);

-- Promotions and events. Past weeks they touch are replaced by the pre-event level before a
-- run fits the baseline; forecast weeks they touch get uplift_percent (pro rata to the
-- days of the week the event covers) on top of the baseline.
CREATE TABLE calendar_event (
    id             uuid             PRIMARY KEY,
    tenant_id      text             NOT NULL,
    name           text             NOT NULL,
    starts_on      date             NOT NULL,
    ends_on        date             NOT NULL CHECK (ends_on >= starts_on),
    skus           text[],                    -- null: every SKU
    channel        text,                      -- null: every channel
    region         text,                      -- null: every region
    uplift_percent double precision NOT NULL DEFAULT 0 CHECK (uplift_percent > -100),
    created_by     text             NOT NULL,
    created_at     timestamptz      NOT NULL,
    deleted_by     text,                      -- removed events stay as a record of who removed them
    deleted_at     timestamptz
);

CREATE INDEX calendar_event_tenant_idx ON calendar_event (tenant_id, starts_on);

-- Analogue SKUs a new series is forecast from while its own history is short. channel and
-- region are 'all' when the choice covers every series of the SKU.
CREATE TABLE series_analogue (
    tenant_id     text             NOT NULL,
    sku           text             NOT NULL,
    channel       text             NOT NULL,
    region        text             NOT NULL,
    analogue_skus text[]           NOT NULL,
    scale         double precision NOT NULL CHECK (scale > 0),
    updated_by    text             NOT NULL,
    updated_at    timestamptz      NOT NULL,
    PRIMARY KEY (tenant_id, sku, channel, region)
);

-- Each bottom series' week with the planner's changes: the event uplift (fraction of the
-- baseline) and the change to the baseline, which is the override's difference when the
-- week is overridden (an override is the planner's final number, uplift included) and
-- the uplift otherwise.
CREATE VIEW forecast_bottom_change AS
SELECT p.run_id, p.tenant_id, p.sku, p.channel, p.region, p.period_start,
       u.uplift,
       p.point * u.uplift                                              AS uplift_units,
       coalesce(o.quantity - p.point, p.point * u.uplift)              AS delta
FROM forecast_point p
LEFT JOIN forecast_override o
       ON o.tenant_id = p.tenant_id AND o.level = 'bottom' AND o.sku = p.sku AND o.channel = p.channel
      AND o.region = p.region AND o.period_start = p.period_start
CROSS JOIN LATERAL (
    SELECT coalesce(sum(e.uplift_percent / 100.0
               * ((least(e.ends_on, p.period_start + 6) - greatest(e.starts_on, p.period_start) + 1) / 7.0)), 0)
           AS uplift
    FROM calendar_event e
    WHERE e.tenant_id = p.tenant_id AND e.deleted_at IS NULL AND e.starts_on <= p.period_start + 6 AND e.ends_on >= p.period_start
      AND (e.skus IS NULL OR p.sku = ANY (e.skus))
      AND (e.channel IS NULL OR e.channel = p.channel) AND (e.region IS NULL OR e.region = p.region)
) u
WHERE p.level = 'bottom';

-- The final forecast every reader should use (planning included): the stored run's
-- statistical baseline with the planner's changes. A bottom series' week is its override,
-- or the baseline times (1 + event uplift) with its intervals scaled alike. An aggregate
-- (SKU, region, total) is its own override, or its baseline moved by the sum of its bottom
-- series' changes, so the hierarchy stays coherent; intervals moved by an override or a
-- sum keep their width (the model's error spread), floored at zero.
CREATE VIEW forecast_point_final AS
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
        FROM forecast_bottom_change bc
        WHERE bc.run_id = p.run_id AND bc.tenant_id = p.tenant_id AND bc.period_start = p.period_start
          AND (p.sku = 'all' OR bc.sku = p.sku) AND (p.channel = 'all' OR bc.channel = p.channel)
          AND (p.region = 'all' OR bc.region = p.region)
    ) b
) c;
