-- Members, invitations and provider support (Onezone 3.0). Documented in docs/schema.md.

-- What spacegate keeps about a user: the `name` claim last seen on a token of
-- theirs that created, joined or wrote to a space, and their default space
-- (answered only while they are still a member of it).
CREATE TABLE users (
  id               TEXT PRIMARY KEY,
  name             TEXT,
  default_space_id TEXT
);

-- Spent single-use tokens of every kind (space creation, invite, support).
-- claim_id is unique to the request that spent the token, so the statements
-- after the claim in the same batch can tell whether this request made it.
ALTER TABLE spent_space_tokens ADD COLUMN kind TEXT NOT NULL DEFAULT 'space-create+jwt';
ALTER TABLE spent_space_tokens ADD COLUMN claim_id TEXT;
UPDATE spent_space_tokens SET claim_id = space_id;

-- The user a space was created for (by them, or by a provider redeeming their
-- space creation token): MAX_SPACES_PER_USER counts these rows.
ALTER TABLE spaces ADD COLUMN owner_id TEXT;
UPDATE spaces SET owner_id = CASE
  WHEN creator_type = 'user' THEN creator_id
  ELSE (SELECT user_id FROM space_members m WHERE m.space_id = spaces.id ORDER BY joined_at, rowid LIMIT 1)
END;
CREATE INDEX spaces_by_owner ON spaces (owner_id);

-- GET /spaces/{id}/users: a space's members, oldest first.
CREATE INDEX space_members_by_space ON space_members (space_id, joined_at);
