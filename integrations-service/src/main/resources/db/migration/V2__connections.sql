-- A tenant's links to provider accounts. Deleting a connection keeps its row (status
-- 'deleted') so runs, cursors and quarantined records that name it keep their meaning;
-- its credentials are wiped.
CREATE TABLE connection (
    id           uuid        PRIMARY KEY,
    tenant_id    text        NOT NULL,
    provider     text        NOT NULL,
    account      text,       -- null until an OAuth callback learns it (e.g. the Xero tenant id)
    region       text,
    display_name text        NOT NULL,
    settings     jsonb       NOT NULL DEFAULT '{}'::jsonb,
    status       text        NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled', 'deleted')),
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX connection_tenant ON connection (tenant_id, created_at);
CREATE INDEX connection_account ON connection (provider, account) WHERE status <> 'deleted';
-- One live connection per tenant and provider account.
CREATE UNIQUE INDEX connection_tenant_account ON connection (tenant_id, provider, account) WHERE status <> 'deleted';

-- Envelope-encrypted secrets: each value is sealed (AES-256-GCM) with its own random data
-- key; the data key is sealed by the key-encryption key (KEK) named by kek_id, which lives
-- outside the database. Both seals bind the connection id and secret name as associated
-- data, so a row copied elsewhere does not open.
CREATE TABLE connection_credential (
    connection_id uuid        NOT NULL REFERENCES connection (id),
    name          text        NOT NULL,
    kek_id        text        NOT NULL,
    wrapped_key   bytea       NOT NULL,
    ciphertext    bytea       NOT NULL,
    updated_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (connection_id, name)
);

CREATE INDEX connection_credential_kek ON connection_credential (kek_id);
