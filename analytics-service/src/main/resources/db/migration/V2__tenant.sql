-- Tenants as auth-service announces them on auth.tenants.v1: known, with the base currency
-- figures are converted to and whether the tenant is active. Other read models never
-- reference this table, so a finance event that arrives before its tenant is stored all
-- the same and counts once the tenant is known (joined at read time).
CREATE TABLE tenant (
    tenant_id     text        PRIMARY KEY,
    name          text        NOT NULL,
    slug          text        NOT NULL,
    base_currency char(3)     NOT NULL,
    time_zone     text        NOT NULL,
    status        text        NOT NULL, -- active | suspended
    updated_at    timestamptz NOT NULL  -- createdAt of TenantCreated, updatedAt of TenantUpdated
);
