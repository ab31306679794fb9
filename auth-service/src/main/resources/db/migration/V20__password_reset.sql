-- Single-use tokens that let a user set a password: a reset they asked for, or the first
-- password of an invited user. Only the SHA-256 of a token is stored; used and superseded
-- tokens stay (used_at / expires_at say why they no longer work) so a reuse is told apart
-- from a token that never existed.
CREATE TABLE password_reset_token (
    token_hash bytea       PRIMARY KEY,
    user_id    uuid        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    purpose    text        NOT NULL CHECK (purpose IN ('reset', 'invitation')),
    -- The tenant an invitation is for (audit entries of the flow belong to it).
    tenant_id  uuid        REFERENCES tenant (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz
);

CREATE INDEX password_reset_token_user_idx ON password_reset_token (user_id, created_at);
