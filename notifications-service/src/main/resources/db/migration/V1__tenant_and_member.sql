-- Tenants as auth-service announces them on auth.tenants.v1: the time zone quiet hours and
-- digests are kept in, and whether the tenant is active.
CREATE TABLE tenant (
    tenant_id  text        PRIMARY KEY,
    name       text        NOT NULL,
    time_zone  text        NOT NULL,
    status     text        NOT NULL, -- active | suspended
    updated_at timestamptz NOT NULL
);

-- Members as auth-service announces them on auth.members.v1: who can be notified, how to
-- reach them and their roles. Kept for a tenant not known yet (no foreign key): events may
-- arrive in any order across topics.
CREATE TABLE member (
    tenant_id    text        NOT NULL,
    user_id      text        NOT NULL,
    email        text        NOT NULL,
    display_name text,
    roles        text[]      NOT NULL,
    active       boolean     NOT NULL,
    locale       text,
    changed_at   timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, user_id)
);
CREATE INDEX member_by_role ON member USING gin (roles);
