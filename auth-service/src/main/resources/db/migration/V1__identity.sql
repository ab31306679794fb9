-- Identity: tenants, users and their memberships, partner clients, signing keys,
-- Spring Authorization Server's tables, refresh-token lineage and the audit log.
-- auth-core owns V1..V9; the admin features (TOTP, password reset, ...) use V20 and up.

CREATE TABLE tenant (
    id            uuid        PRIMARY KEY,
    slug          text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name          text        NOT NULL CHECK (length(trim(name)) > 0),
    base_currency char(3)     NOT NULL DEFAULT 'GBP' CHECK (base_currency ~ '^[A-Z]{3}$'),
    time_zone     text        NOT NULL DEFAULT 'Europe/London',
    created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE app_user (
    id                  uuid        PRIMARY KEY,
    email               text        NOT NULL CHECK (position('@' IN email) > 1),
    display_name        text        NOT NULL,
    -- NULL until the user sets one (an invited user cannot sign in yet).
    password_hash       text,
    active              boolean     NOT NULL DEFAULT true,
    failed_attempts     integer     NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_until        timestamptz,
    mfa_enabled         boolean     NOT NULL DEFAULT false,
    mfa_secret          bytea,
    active_tenant_id    uuid        REFERENCES tenant (id) ON DELETE SET NULL,
    created_at          timestamptz NOT NULL DEFAULT now(),
    password_changed_at timestamptz
);

-- Case-insensitive uniqueness: Ann@x.example and ann@x.example are one account.
CREATE UNIQUE INDEX app_user_email_uq ON app_user (lower(email));

CREATE TABLE membership (
    tenant_id  uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    user_id    uuid        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role       text        NOT NULL CHECK (role IN ('ADMIN', 'MANAGER', 'OPERATOR', 'VIEWER')),
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, user_id)
);

CREATE INDEX membership_user_idx ON membership (user_id);

-- Failed sign-ins per client address, for throttling before any password is checked.
CREATE TABLE login_failure (
    client_address text        NOT NULL,
    failed_at      timestamptz NOT NULL
);

CREATE INDEX login_failure_address_idx ON login_failure (client_address, failed_at);

-- A tenant's partner system (OAuth2 client credentials). The OAuth2 side (hashed secret,
-- grant types, scopes the server enforces) lives in oauth2_registered_client.
CREATE TABLE partner_client (
    client_id  text        PRIMARY KEY,
    tenant_id  uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    name       text        NOT NULL,
    scopes     text[]      NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by text        NOT NULL,
    revoked_at timestamptz
);

CREATE INDEX partner_client_tenant_idx ON partner_client (tenant_id);

-- JWT signing keys. The private key is AES-256-GCM encrypted under a key-encryption key
-- that is never stored here; the newest unretired key signs, retired keys stay published
-- in the JWKS until the tokens they signed have expired.
CREATE TABLE signing_key (
    kid                   text        PRIMARY KEY,
    algorithm             text        NOT NULL DEFAULT 'RS256',
    private_key_encrypted bytea       NOT NULL,
    public_jwk            text        NOT NULL,
    created_at            timestamptz NOT NULL,
    retired_at            timestamptz
);

-- At most one signing key is active at a time.
CREATE UNIQUE INDEX signing_key_one_active_uq ON signing_key ((true)) WHERE retired_at IS NULL;

-- Spring Authorization Server's schema, adapted to PostgreSQL (text for blob, timestamptz).
CREATE TABLE oauth2_registered_client (
    id                            varchar(100)  NOT NULL PRIMARY KEY,
    client_id                     varchar(100)  NOT NULL UNIQUE,
    client_id_issued_at           timestamptz   NOT NULL DEFAULT CURRENT_TIMESTAMP,
    client_secret                 varchar(200),
    client_secret_expires_at      timestamptz,
    client_name                   varchar(200)  NOT NULL,
    client_authentication_methods varchar(1000) NOT NULL,
    authorization_grant_types     varchar(1000) NOT NULL,
    redirect_uris                 varchar(1000),
    post_logout_redirect_uris     varchar(1000),
    scopes                        varchar(1000) NOT NULL,
    client_settings               varchar(2000) NOT NULL,
    token_settings                varchar(2000) NOT NULL
);

CREATE TABLE oauth2_authorization (
    id                            varchar(100) NOT NULL PRIMARY KEY,
    registered_client_id          varchar(100) NOT NULL,
    principal_name                varchar(200) NOT NULL,
    authorization_grant_type      varchar(100) NOT NULL,
    authorized_scopes             varchar(1000),
    attributes                    text,
    state                         varchar(500),
    authorization_code_value      text,
    authorization_code_issued_at  timestamptz,
    authorization_code_expires_at timestamptz,
    authorization_code_metadata   text,
    access_token_value            text,
    access_token_issued_at        timestamptz,
    access_token_expires_at       timestamptz,
    access_token_metadata         text,
    access_token_type             varchar(100),
    access_token_scopes           varchar(1000),
    oidc_id_token_value           text,
    oidc_id_token_issued_at       timestamptz,
    oidc_id_token_expires_at      timestamptz,
    oidc_id_token_metadata        text,
    refresh_token_value           text,
    refresh_token_issued_at       timestamptz,
    refresh_token_expires_at      timestamptz,
    refresh_token_metadata        text,
    user_code_value               text,
    user_code_issued_at           timestamptz,
    user_code_expires_at          timestamptz,
    user_code_metadata            text,
    device_code_value             text,
    device_code_issued_at         timestamptz,
    device_code_expires_at        timestamptz,
    device_code_metadata          text
);

-- Lookups by token value (the JDBC service queries these columns directly).
CREATE INDEX oauth2_authorization_state_idx ON oauth2_authorization (state);
CREATE INDEX oauth2_authorization_code_idx ON oauth2_authorization USING hash (authorization_code_value);
CREATE INDEX oauth2_authorization_access_idx ON oauth2_authorization USING hash (access_token_value);
CREATE INDEX oauth2_authorization_refresh_idx ON oauth2_authorization USING hash (refresh_token_value);
CREATE INDEX oauth2_authorization_id_token_idx ON oauth2_authorization USING hash (oidc_id_token_value);

CREATE TABLE oauth2_authorization_consent (
    registered_client_id varchar(100)  NOT NULL,
    principal_name       varchar(200)  NOT NULL,
    authorities          varchar(1000) NOT NULL,
    PRIMARY KEY (registered_client_id, principal_name)
);

-- Every refresh token ever issued, by SHA-256 of its value, with the authorization (token
-- family) it belongs to. A rotated token presented again is reuse: the family is revoked.
CREATE TABLE refresh_token_lineage (
    token_hash       bytea        PRIMARY KEY,
    authorization_id varchar(100) NOT NULL,
    client_id        varchar(100) NOT NULL,
    principal_name   varchar(200) NOT NULL,
    issued_at        timestamptz  NOT NULL,
    expires_at       timestamptz  NOT NULL,
    rotated_at       timestamptz
);

CREATE INDEX refresh_token_lineage_authorization_idx ON refresh_token_lineage (authorization_id);
CREATE INDEX refresh_token_lineage_expires_idx ON refresh_token_lineage (expires_at);

-- Append-only audit log: who did what to what, with what result, from where.
CREATE TABLE audit_event (
    id             uuid        PRIMARY KEY,
    seq            bigint      GENERATED ALWAYS AS IDENTITY UNIQUE,
    occurred_at    timestamptz NOT NULL,
    actor_type     text        NOT NULL CHECK (actor_type IN ('user', 'client', 'system')),
    actor_id       text        NOT NULL,
    actor_name     text,
    tenant_id      uuid,
    action         text        NOT NULL,
    target_type    text,
    target_id      text,
    outcome        text        NOT NULL CHECK (outcome IN ('success', 'denied', 'failure')),
    client_address text,
    trace_id       text,
    details        jsonb       NOT NULL DEFAULT '{}'::jsonb
);

CREATE INDEX audit_event_tenant_time_idx ON audit_event (tenant_id, occurred_at);
CREATE INDEX audit_event_actor_idx ON audit_event (actor_id, occurred_at);
CREATE INDEX audit_event_action_idx ON audit_event (action, occurred_at);

CREATE FUNCTION audit_event_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_event_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();

CREATE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
