-- migrations/0002_idempotency_keys.sql on PostgreSQL (docs/schema.md, "PostgreSQL").
-- Idempotency-Key support for POST /spaces (IETF httpapi idempotency-key draft).
-- A key is scoped to its principal ("user:<id>" or "provider:<id>") and claimed
-- inside the create batch, so concurrent requests with one key create one space.
CREATE TABLE idempotency_keys (
  principal       TEXT COLLATE "C" NOT NULL,
  idempotency_key TEXT COLLATE "C" NOT NULL,
  request_hash    TEXT COLLATE "C" NOT NULL,
  space_id        TEXT COLLATE "C" NOT NULL,
  created_at      BIGINT NOT NULL,
  PRIMARY KEY (principal, idempotency_key)
);
-- The scheduled purge deletes by age.
CREATE INDEX idempotency_keys_by_age ON idempotency_keys (created_at);
-- The scheduled purge drops spent creation tokens once they would be refused as expired anyway.
CREATE INDEX spent_space_tokens_by_expiry ON spent_space_tokens (expires_at);
