-- Which memberships have been published as MemberChanged (auth.members.v1), so the
-- memberships that existed before auth-service published them are published once at
-- start. No foreign keys: a removed membership keeps its row (its removal was published).
CREATE TABLE member_publication (
    tenant_id    uuid        NOT NULL,
    user_id      uuid        NOT NULL,
    published_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, user_id)
);
