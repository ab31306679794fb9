-- The tenant's cash settings, as a MANAGER saved them (one row per tenant). The lists are
-- kept as JSON documents in the API's own shape: they are read and written whole.
CREATE TABLE cash_settings (
    tenant_id                   text          PRIMARY KEY,
    minimum_cash                numeric(19,2) NOT NULL CHECK (minimum_cash >= 0),
    default_supplier_terms_days integer       NOT NULL,
    supplier_terms              jsonb         NOT NULL,
    payout_plans                jsonb         NOT NULL,
    recurring_outflows          jsonb         NOT NULL,
    updated_at                  timestamptz   NOT NULL
);

-- Saved what-if scenarios; a name is unique per tenant, whatever its case.
CREATE TABLE cash_scenario (
    tenant_id   text        NOT NULL,
    scenario_id uuid        NOT NULL,
    name        text        NOT NULL,
    definition  jsonb       NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, scenario_id)
);
CREATE UNIQUE INDEX cash_scenario_name_idx ON cash_scenario (tenant_id, lower(name));

-- The shortfall watch's state per tenant: the fingerprint of the data the last assessment
-- saw (so unchanged data is not recomputed), the open episode (null when none) and the
-- last decision.
CREATE TABLE cash_shortfall_state (
    tenant_id         text        PRIMARY KEY,
    fingerprint       text        NOT NULL,
    as_of             date        NOT NULL,
    episode_dedup_key text,
    episode_opened_at timestamptz,
    episode_severity  text,
    last_decision     text        NOT NULL,
    alerts_raised     integer     NOT NULL DEFAULT 0,
    assessed_at       timestamptz NOT NULL,
    CHECK ((episode_dedup_key IS NULL) = (episode_opened_at IS NULL)),
    CHECK ((episode_dedup_key IS NULL) = (episode_severity IS NULL))
);
