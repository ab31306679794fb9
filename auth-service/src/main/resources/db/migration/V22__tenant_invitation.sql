-- An ADMIN's invitation of a person into a tenant. The person is not a member until they
-- accept: with the link (its token is stored only as SHA-256) or signed in. One pending
-- invitation per tenant and person; a new one replaces it.
CREATE TABLE tenant_invitation (
    id          uuid        PRIMARY KEY,
    tenant_id   uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    user_id     uuid        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role        text        NOT NULL CHECK (role IN ('ADMIN', 'MANAGER', 'OPERATOR', 'VIEWER')),
    invited_by  text        NOT NULL,
    token_hash  bytea       NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    accepted_at timestamptz
);

CREATE UNIQUE INDEX tenant_invitation_pending_uq ON tenant_invitation (tenant_id, user_id) WHERE accepted_at IS NULL;
CREATE INDEX tenant_invitation_user_idx ON tenant_invitation (user_id);
