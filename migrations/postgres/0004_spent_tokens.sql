-- migrations/0004_spent_tokens.sql on PostgreSQL (docs/schema.md, "PostgreSQL").
-- The spent-token table holds every single-use token kind (space creation,
-- invite, support, and the group kinds), not only space creation tokens, so
-- it is named for what it holds; its space_id becomes subject_id, the space or
-- group the token was spent on.
ALTER TABLE spent_space_tokens RENAME TO spent_tokens;
ALTER TABLE spent_tokens RENAME COLUMN space_id TO subject_id;
-- PostgreSQL keeps the primary key's index name through the rename; named for the table as SQLite would.
ALTER INDEX spent_space_tokens_pkey RENAME TO spent_tokens_pkey;
DROP INDEX spent_space_tokens_by_expiry;
CREATE INDEX spent_tokens_by_expiry ON spent_tokens (expires_at);
