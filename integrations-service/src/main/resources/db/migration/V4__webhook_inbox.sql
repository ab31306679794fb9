-- Verified webhook deliveries, queued for their provider's handler. A delivery is
-- answered as soon as its row commits; a dispatcher processes it afterwards, and a
-- periodic sweep picks up whatever a crash or a full queue left behind. A failing
-- delivery stays 'queued' with a later next_attempt_at until its attempts run out, then
-- it is 'failed'.
CREATE TABLE webhook_delivery (
    id              uuid        PRIMARY KEY,
    provider        text        NOT NULL,
    delivery_id     text        NOT NULL,
    connection_id   uuid        NOT NULL REFERENCES connection (id),
    tenant_id       text        NOT NULL,
    topic           text        NOT NULL,
    body            bytea       NOT NULL,
    received_at     timestamptz NOT NULL,
    status          text        NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'done', 'failed')),
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    processed_at    timestamptz,
    last_error      text,
    UNIQUE (provider, delivery_id)
);

CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'queued';
CREATE INDEX webhook_delivery_tenant ON webhook_delivery (tenant_id, status, received_at DESC);
