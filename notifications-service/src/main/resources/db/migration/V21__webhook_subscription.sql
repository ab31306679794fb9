-- Partner webhook subscriptions (Standard Webhooks): where to post which event types. The URL is
-- not a secret (shown in the API); the signing secrets are, in their own table.
CREATE TABLE webhook_subscription (
    tenant_id       text        NOT NULL,
    subscription_id uuid        NOT NULL,
    url             text        NOT NULL,
    event_types     text[]      NOT NULL,
    description     text,
    enabled         boolean     NOT NULL,
    disabled_reason text,
    disabled_at     timestamptz,
    created_by      text        NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, subscription_id)
);
CREATE INDEX webhook_subscription_event_types_idx ON webhook_subscription USING gin (event_types);

-- Signing secrets, sealed (envelope encryption, bound to tenant, subscription and secret). The
-- current one has no end; a rotated-away one signs too until valid_until, so a receiver can
-- switch over without losing a delivery.
CREATE TABLE webhook_secret (
    tenant_id       text        NOT NULL,
    subscription_id uuid        NOT NULL,
    secret_id       uuid        NOT NULL,
    sealed_secret   bytea       NOT NULL,
    created_at      timestamptz NOT NULL,
    valid_until     timestamptz,
    PRIMARY KEY (tenant_id, subscription_id, secret_id),
    FOREIGN KEY (tenant_id, subscription_id) REFERENCES webhook_subscription (tenant_id, subscription_id)
        ON DELETE CASCADE
);
