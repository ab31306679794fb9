-- The browsers each account has signed in from, so a sign-in from any other one can be
-- mailed to the account's owner. A browser is known by a random id in a long-lived cookie;
-- only its SHA-256 is stored, so this table cannot be used to impersonate a device.
CREATE TABLE known_device (
    user_id       uuid        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    device_hash   bytea       NOT NULL,
    user_agent    text,
    first_seen_at timestamptz NOT NULL,
    last_seen_at  timestamptz NOT NULL,
    PRIMARY KEY (user_id, device_hash)
);
