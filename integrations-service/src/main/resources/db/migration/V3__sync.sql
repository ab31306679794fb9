-- What each source record last looked like as canonical events: a re-read whose events
-- hash the same publishes nothing, and an older copy never overwrites a newer one.
CREATE TABLE source_record (
    tenant_id           text        NOT NULL,
    provider            text        NOT NULL,
    account             text        NOT NULL,
    stream              text        NOT NULL,
    external_id         text        NOT NULL,
    content_hash        text        NOT NULL,
    provider_updated_at timestamptz,
    changed_at          timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, provider, account, stream, external_id)
);

-- SKUs the tenant's sources have named; 'unmapped' until a product record describes them.
CREATE TABLE sku_catalogue (
    tenant_id     text        NOT NULL,
    sku           text        NOT NULL,
    status        text        NOT NULL CHECK (status IN ('known', 'unmapped')),
    first_source  text        NOT NULL,
    first_seen_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, sku)
);

-- A user's fix: this provider product is that tenant SKU.
CREATE TABLE sku_mapping (
    tenant_id   text        NOT NULL,
    provider    text        NOT NULL,
    product_ref text        NOT NULL,
    sku         text        NOT NULL,
    updated_by  text        NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, provider, product_ref)
);

-- Records that could not become valid events, with why and the raw payload (secrets stripped).
CREATE TABLE quarantined_record (
    id            uuid        PRIMARY KEY,
    tenant_id     text        NOT NULL,
    provider      text        NOT NULL,
    account       text        NOT NULL,
    connection_id uuid,
    upload_id     uuid,
    stream        text        NOT NULL,
    external_id   text        NOT NULL,
    reason        text        NOT NULL,
    payload       text        NOT NULL,
    status        text        NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved', 'dismissed')),
    first_seen_at timestamptz NOT NULL DEFAULT now(),
    last_seen_at  timestamptz NOT NULL DEFAULT now(),
    resolved_at   timestamptz
);

CREATE UNIQUE INDEX quarantined_record_source ON quarantined_record (tenant_id, provider, account, stream, external_id);
CREATE INDEX quarantined_record_tenant ON quarantined_record (tenant_id, status, last_seen_at);

-- Records accepted or rejected per connection and day, for the quality score.
CREATE TABLE ingest_tally (
    tenant_id     text   NOT NULL,
    source_key    text   NOT NULL,
    day           date   NOT NULL,
    accepted      bigint NOT NULL DEFAULT 0,
    rejected      bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, source_key, day)
);

-- Where each stream of each connection has read up to, from the provider's own timestamps.
CREATE TABLE sync_cursor (
    connection_id uuid        NOT NULL,
    stream        text        NOT NULL,
    high_water    timestamptz,
    token         text,
    paused_until  timestamptz,
    paused_reason text,
    updated_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (connection_id, stream)
);

-- One sync run of one stream. At most one runs per connection and stream.
CREATE TABLE sync_run (
    id             uuid        PRIMARY KEY,
    tenant_id      text        NOT NULL,
    connection_id  uuid        NOT NULL,
    stream         text        NOT NULL,
    kind           text        NOT NULL CHECK (kind IN ('incremental', 'backfill', 'reconcile')),
    status         text        NOT NULL CHECK (status IN ('queued', 'running', 'succeeded', 'partial', 'failed')),
    window_from    timestamptz,
    window_to      timestamptz,
    records_read   bigint      NOT NULL DEFAULT 0,
    records_changed bigint     NOT NULL DEFAULT 0,
    records_rejected bigint    NOT NULL DEFAULT 0,
    records_total  bigint,
    error_code     text,
    error_message  text,
    requested_at   timestamptz NOT NULL DEFAULT now(),
    started_at     timestamptz,
    finished_at    timestamptz
);

CREATE UNIQUE INDEX sync_run_one_active ON sync_run (connection_id, stream) WHERE status IN ('queued', 'running');
CREATE INDEX sync_run_connection ON sync_run (connection_id, requested_at DESC);

-- A backfill's date windows; a restart resumes at the first one not done.
CREATE TABLE sync_window (
    run_id      uuid        NOT NULL REFERENCES sync_run (id),
    seq         integer     NOT NULL,
    window_from timestamptz NOT NULL,
    window_to   timestamptz NOT NULL,
    done        boolean     NOT NULL DEFAULT false,
    PRIMARY KEY (run_id, seq)
);
