-- The latest forecast of every demand series (by generatedAt) with its points; a newer
-- forecast replaces the points too.
CREATE TABLE forecast (
    tenant_id    text        NOT NULL,
    sku          text        NOT NULL,
    channel      text        NOT NULL,
    region       text        NOT NULL,
    forecast_id  text        NOT NULL,
    model        text        NOT NULL,
    granularity  text        NOT NULL, -- day | week | month
    history_end  date        NOT NULL,
    generated_at timestamptz NOT NULL,
    smape        double precision,     -- backtest accuracy, null when not backtested
    mase         double precision,
    PRIMARY KEY (tenant_id, sku, channel, region)
);

CREATE TABLE forecast_point (
    tenant_id    text             NOT NULL,
    sku          text             NOT NULL,
    channel      text             NOT NULL,
    region       text             NOT NULL,
    period_start date             NOT NULL,
    quantity     double precision NOT NULL,
    lower80      double precision NOT NULL,
    upper80      double precision NOT NULL,
    lower90      double precision NOT NULL,
    upper90      double precision NOT NULL,
    lower95      double precision NOT NULL,
    upper95      double precision NOT NULL,
    PRIMARY KEY (tenant_id, sku, channel, region, period_start),
    FOREIGN KEY (tenant_id, sku, channel, region) REFERENCES forecast ON DELETE CASCADE
);
