-- Forecast runs and what they produced. Only the newest succeeded run of a tenant keeps its
-- series, points and accuracy; the run rows themselves stay as the history of runs.
CREATE TABLE forecast_run (
    id             uuid        PRIMARY KEY,
    tenant_id      text        NOT NULL,
    trigger        text        NOT NULL, -- manual | scheduled
    status         text        NOT NULL, -- queued | running | succeeded | failed
    requested_by   text,
    scheduled_date date,                 -- the tenant-local day of a scheduled run
    horizon        integer     NOT NULL,
    created_at     timestamptz NOT NULL,
    started_at     timestamptz,
    finished_at    timestamptz,
    progress_at    timestamptz,          -- last progress write: a heartbeat of the running instance
    history_end    date,
    series_total   integer     NOT NULL DEFAULT 0,
    series_done    integer     NOT NULL DEFAULT 0,
    bottom_series  integer     NOT NULL DEFAULT 0,
    error          text
);

CREATE INDEX forecast_run_tenant_created_idx ON forecast_run (tenant_id, created_at DESC);
-- One active run per tenant, and one scheduled run per tenant-local day, across instances.
CREATE UNIQUE INDEX forecast_run_one_active_idx ON forecast_run (tenant_id) WHERE status IN ('queued', 'running');
CREATE UNIQUE INDEX forecast_run_scheduled_once_idx ON forecast_run (tenant_id, scheduled_date)
    WHERE scheduled_date IS NOT NULL;

-- One row per series of a run: level total | sku | region | bottom; 'all' where a level spans.
CREATE TABLE series_forecast (
    run_id         uuid             NOT NULL REFERENCES forecast_run (id) ON DELETE CASCADE,
    tenant_id      text             NOT NULL,
    level          text             NOT NULL,
    sku            text             NOT NULL,
    channel        text             NOT NULL,
    region         text             NOT NULL,
    model          text             NOT NULL,
    season_length  integer          NOT NULL,
    first_week     date             NOT NULL, -- first week fitted
    history_end    date             NOT NULL,
    observed       double precision[] NOT NULL, -- units per week from first_week, as ordered
    adjusted       double precision[] NOT NULL, -- units per week as fitted (stock-outs adjusted)
    adjusted_weeks integer          NOT NULL,
    band           text             NOT NULL, -- good | fair | poor | unknown (auto's backtest WAPE)
    mase           double precision,
    naive_mase     double precision,
    wape           double precision,
    PRIMARY KEY (run_id, level, sku, channel, region)
);

CREATE INDEX series_forecast_tenant_idx ON series_forecast (tenant_id, level, sku);

CREATE TABLE forecast_point (
    run_id       uuid             NOT NULL REFERENCES forecast_run (id) ON DELETE CASCADE,
    tenant_id    text             NOT NULL,
    level        text             NOT NULL,
    sku          text             NOT NULL,
    channel      text             NOT NULL,
    region       text             NOT NULL,
    period_start date             NOT NULL,
    point        double precision NOT NULL,
    lo80         double precision NOT NULL,
    hi80         double precision NOT NULL,
    lo90         double precision NOT NULL,
    hi90         double precision NOT NULL,
    lo95         double precision NOT NULL,
    hi95         double precision NOT NULL,
    PRIMARY KEY (run_id, level, sku, channel, region, period_start)
);

-- Backtest accuracy of each bottom series per model: auto, and the naive baselines.
CREATE TABLE series_accuracy (
    run_id     uuid             NOT NULL REFERENCES forecast_run (id) ON DELETE CASCADE,
    tenant_id  text             NOT NULL,
    sku        text             NOT NULL,
    channel    text             NOT NULL,
    region     text             NOT NULL,
    model      text             NOT NULL,
    windows    integer          NOT NULL,
    points     integer          NOT NULL,
    mase       double precision,
    smape      double precision,
    wape       double precision,
    bias       double precision,
    coverage80 double precision,
    coverage90 double precision,
    coverage95 double precision,
    PRIMARY KEY (run_id, sku, channel, region, model)
);
