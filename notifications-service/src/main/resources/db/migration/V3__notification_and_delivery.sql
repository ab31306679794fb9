-- One open episode per alert condition (tenant and dedup key): repeats of an open episode
-- notify nobody again; it closes when the condition clears.
CREATE TABLE alert_episode (
    episode_id  uuid        PRIMARY KEY,
    tenant_id   text        NOT NULL,
    dedup_key   text        NOT NULL,
    kind        text        NOT NULL,
    opened_at   timestamptz NOT NULL,
    resolved_at timestamptz
);
CREATE UNIQUE INDEX alert_episode_open ON alert_episode (tenant_id, dedup_key) WHERE resolved_at IS NULL;

-- A decision that one recipient hears about one thing. Written in the transaction that
-- records the consumed event as processed.
CREATE TABLE notification (
    notification_id   uuid        PRIMARY KEY,
    tenant_id         text        NOT NULL,
    source_key        text        NOT NULL,  -- the episode, run, suggestion decision or mail it is about
    recipient         text        NOT NULL,  -- user id, or the e-mail address of account mail
    recipient_user_id text,
    rule_id           uuid,
    event_type        text        NOT NULL,
    kind              text        NOT NULL,
    severity          text        NOT NULL,
    title             text        NOT NULL,
    facts             jsonb       NOT NULL,
    data              jsonb       NOT NULL,
    link              text,
    channels          jsonb       NOT NULL,  -- the channels it went out on, for reminders and resolutions
    notify_resolved   boolean     NOT NULL,
    escalation_role   text,                  -- the role it was sent for; escalation goes one up
    escalate_after_minutes integer,
    escalation_channel text,
    reminder_minutes  integer,
    occurred_at       timestamptz NOT NULL,
    created_at        timestamptz NOT NULL,
    reminder_due_at   timestamptz,
    escalation_due_at timestamptz,
    escalation_level  integer     NOT NULL DEFAULT 0,
    ack_token_hash    bytea,                 -- SHA-256 of the single-use acknowledge token
    sealed_ack_link   bytea,                 -- the acknowledge link, sealed: it is a secret
    acknowledged_at   timestamptz,
    acknowledged_by   text,
    resolved_at       timestamptz,
    UNIQUE (tenant_id, source_key, recipient)
);
CREATE INDEX notification_reminders ON notification (reminder_due_at) WHERE reminder_due_at IS NOT NULL;
CREATE INDEX notification_escalations ON notification (escalation_due_at) WHERE escalation_due_at IS NOT NULL;
CREATE UNIQUE INDEX notification_ack_token ON notification (ack_token_hash) WHERE ack_token_hash IS NOT NULL;

-- The outbox of deliveries: one row per message to one target, drained by the dispatcher.
-- Exactly one per (event, target): event_key names the event, the reminder or the
-- escalation step it carries.
CREATE TABLE delivery (
    delivery_id     uuid        PRIMARY KEY,
    tenant_id       text        NOT NULL,
    notification_id uuid        REFERENCES notification (notification_id),
    event_key       text        NOT NULL,
    channel         text        NOT NULL,
    target_id       text        NOT NULL,
    target_name     text,
    stage           text        NOT NULL,
    event_type      text        NOT NULL,
    kind            text        NOT NULL,
    severity        text        NOT NULL,
    title           text        NOT NULL,
    facts           jsonb       NOT NULL,
    data            jsonb       NOT NULL,
    link            text,
    sealed_link     bytea,                  -- a link that is a secret (account mail), sealed
    occurred_at     timestamptz NOT NULL,
    status          text        NOT NULL,   -- pending | sending | delivered | failed | held (for a digest) | digested
    due_at          timestamptz NOT NULL,
    lease_until     timestamptz,
    attempts        integer     NOT NULL DEFAULT 0,
    last_reason     text,
    give_up_at      timestamptz NOT NULL,
    created_at      timestamptz NOT NULL,
    sequence        bigserial,              -- creation order, for ordering per target
    delivered_at    timestamptz,
    UNIQUE (tenant_id, event_key, channel, target_id)
);
CREATE INDEX delivery_due ON delivery (due_at) WHERE status IN ('pending', 'sending');
CREATE INDEX delivery_by_target ON delivery (channel, target_id, sequence) WHERE status IN ('pending', 'sending');
CREATE INDEX delivery_log ON delivery (tenant_id, created_at DESC);

CREATE TABLE delivery_attempt (
    delivery_id   uuid        NOT NULL REFERENCES delivery (delivery_id),
    attempt       integer     NOT NULL,
    attempted_at  timestamptz NOT NULL,
    status_code   integer,
    took_millis   bigint      NOT NULL,
    outcome       text        NOT NULL,  -- delivered | retry | rejected
    reason        text,
    PRIMARY KEY (delivery_id, attempt)
);

-- Consecutive failed attempts per target; a streak disables the target.
CREATE TABLE target_health (
    channel              text        NOT NULL,
    target_id            text        NOT NULL,
    tenant_id            text        NOT NULL,
    consecutive_failures integer     NOT NULL,
    disabled_at          timestamptz,
    PRIMARY KEY (channel, target_id)
);
