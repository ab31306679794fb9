-- A service's own V1. The view reads outbox_event on purpose: this migration only succeeds
-- if the kit's schema (with its separate history table) was applied first.
CREATE TABLE note (
    id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    text text   NOT NULL
);

CREATE VIEW pending_outbox AS SELECT id, topic FROM outbox_event WHERE published_at IS NULL;
