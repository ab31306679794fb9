-- The service kit's own tables; history in servicekit_schema_history, apart from the service's.

CREATE TABLE outbox_event (
    id           uuid        PRIMARY KEY,              -- the event's ce_id, stable across re-sends
    seq          bigint      GENERATED ALWAYS AS IDENTITY UNIQUE, -- creation order for the relay
    topic        text        NOT NULL,
    event_key    text        NOT NULL,
    event_type   text        NOT NULL,
    tenant_id    text        NOT NULL,
    payload      text        NOT NULL,
    headers      jsonb       NOT NULL,
    created_at   timestamptz NOT NULL,
    published_at timestamptz,
    attempts     integer     NOT NULL DEFAULT 0,
    last_error   text
);

CREATE INDEX outbox_event_pending_idx ON outbox_event (seq) WHERE published_at IS NULL;
CREATE INDEX outbox_event_published_idx ON outbox_event (published_at) WHERE published_at IS NOT NULL;

CREATE TABLE processed_event (
    consumer     text        NOT NULL,
    event_id     uuid        NOT NULL,
    processed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);

CREATE INDEX processed_event_processed_at_idx ON processed_event (processed_at);
