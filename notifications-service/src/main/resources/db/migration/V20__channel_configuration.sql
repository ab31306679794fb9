-- Slack and Teams targets a tenant configured. Whoever has the URL can post to the channel, so it is
-- sealed (envelope encryption, bound to tenant and row) and only a masked form is kept to show once.
CREATE TABLE channel_configuration (
    tenant_id        text        NOT NULL,
    configuration_id uuid        NOT NULL,
    channel          text        NOT NULL CHECK (channel IN ('SLACK', 'TEAMS')),
    name             text        NOT NULL,
    sealed_url       bytea       NOT NULL,
    created_by       text        NOT NULL,
    created_at       timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, configuration_id)
);
CREATE UNIQUE INDEX channel_configuration_name_idx ON channel_configuration (tenant_id, lower(name));
