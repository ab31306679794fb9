-- TOTP second factor. The secret itself is app_user.mfa_secret (encrypted); here are the
-- recovery codes (SHA-256 of each, single use) and the last time step a code was accepted
-- for, so a code cannot be replayed within its window (RFC 6238 section 5.2).
CREATE TABLE mfa_recovery_code (
    user_id    uuid        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    code_hash  bytea       NOT NULL,
    created_at timestamptz NOT NULL,
    used_at    timestamptz,
    PRIMARY KEY (user_id, code_hash)
);

CREATE TABLE mfa_totp_step (
    user_id   uuid   PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    last_step bigint NOT NULL
);
