-- Xero OAuth starts: a single-use state per authorize link, bound to the tenant and connection
-- that asked for it. Only the state's SHA-256 is kept, so reading this table does not let anyone
-- complete someone else's flow; the PKCE verifier lives only until the link expires or is used.
CREATE TABLE xero_oauth_state (
    state_hash    text        PRIMARY KEY,
    tenant_id     text        NOT NULL,
    connection_id uuid        NOT NULL REFERENCES connection (id),
    code_verifier text        NOT NULL,
    created_at    timestamptz NOT NULL,
    expires_at    timestamptz NOT NULL,
    used_at       timestamptz
);

CREATE INDEX xero_oauth_state_expiry ON xero_oauth_state (expires_at);
