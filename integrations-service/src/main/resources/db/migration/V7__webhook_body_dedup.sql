-- Replay protection beyond the provider's delivery id, which Shopify does not sign: a
-- verified body is queued once per provider and connection, whatever id or topic headers
-- come with it. Rows queued before this migration keep the hash on the first copy of each
-- body only (older duplicates stay NULL, which a unique index lets through).
ALTER TABLE webhook_delivery ADD COLUMN body_sha256 bytea;

UPDATE webhook_delivery d SET body_sha256 = f.hash
FROM (SELECT id, sha256(body) AS hash,
             row_number() OVER (PARTITION BY provider, connection_id, sha256(body) ORDER BY received_at, id) AS n
      FROM webhook_delivery) f
WHERE d.id = f.id AND f.n = 1;

CREATE UNIQUE INDEX webhook_delivery_body ON webhook_delivery (provider, connection_id, body_sha256);
