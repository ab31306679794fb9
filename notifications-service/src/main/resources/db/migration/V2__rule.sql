-- Routing rules per tenant. A tenant with no rule_set row has never been configured and is
-- given the default rules the first time it is looked at.
CREATE TABLE rule_set (
    tenant_id  text        PRIMARY KEY,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE rule (
    rule_id                 uuid        PRIMARY KEY,
    tenant_id               text        NOT NULL REFERENCES rule_set (tenant_id),
    name                    text        NOT NULL,
    kinds                   text[]      NOT NULL,  -- empty: every kind
    severities              text[]      NOT NULL,  -- empty: every severity
    roles                   text[]      NOT NULL,
    users                   text[]      NOT NULL,
    channels                jsonb       NOT NULL,  -- [{"channel": "EMAIL"}, {"channel": "SLACK", "targetId": "..."}]
    threshold               integer,               -- e.g. the quarantine count that makes sync_quarantine worth a message
    reminder_minutes        integer,               -- null: no reminder
    notify_resolved         boolean     NOT NULL,
    escalate_after_minutes  integer,               -- null: no escalation
    escalation_channel      text,                  -- a second channel to the same people, or null
    quiet_start             time,                  -- both or neither; in the tenant's time zone
    quiet_end               time,
    daily_digest            boolean     NOT NULL,
    digest_hour             integer     NOT NULL DEFAULT 8,
    enabled                 boolean     NOT NULL,
    updated_at              timestamptz NOT NULL
);
CREATE INDEX rule_by_tenant ON rule (tenant_id);
