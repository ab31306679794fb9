-- A suggestion's status from SuggestionStatusChanged (forecasting.recommendations.v1): awaiting_approval,
-- approved, rejected or executed; the newest change wins. Keyed by the suggestion id, which is the
-- id ReorderRecommended publishes as recommendation_id; kept even before its recommendation arrives.
CREATE TABLE suggestion_status (
    tenant_id     text        NOT NULL,
    suggestion_id text        NOT NULL,
    status        text        NOT NULL,
    changed_at    timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, suggestion_id)
);
