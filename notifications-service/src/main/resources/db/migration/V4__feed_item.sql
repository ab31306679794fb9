-- The in-app feed: one item per IN_APP delivery, per user.
CREATE TABLE feed_item (
    item_id         uuid        PRIMARY KEY,  -- the delivery's id, so a retried send adds nothing
    tenant_id       text        NOT NULL,
    user_id         text        NOT NULL,
    notification_id uuid,
    event_type      text        NOT NULL,
    kind            text        NOT NULL,
    severity        text        NOT NULL,
    stage           text        NOT NULL,
    title           text        NOT NULL,
    facts           jsonb       NOT NULL,
    link            text,
    created_at      timestamptz NOT NULL,
    read_at         timestamptz,
    acknowledged_at timestamptz
);
CREATE INDEX feed_by_user ON feed_item (tenant_id, user_id, created_at DESC);
CREATE INDEX feed_unread ON feed_item (tenant_id, user_id) WHERE read_at IS NULL;
