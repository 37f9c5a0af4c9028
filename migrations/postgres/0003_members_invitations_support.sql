-- migrations/0003_members_invitations_support.sql on PostgreSQL (docs/schema.md, "PostgreSQL").

-- What spacegate keeps about a user: the `name` claim last seen on a token of
-- theirs that created, joined or wrote to a space, and their default space
-- (answered only while they are still a member of it).
CREATE TABLE users (
  id               TEXT COLLATE "C" PRIMARY KEY,
  name             TEXT,
  default_space_id TEXT COLLATE "C"
);

-- Spent single-use tokens of every kind (space creation, invite, support).
-- claim_id is unique to the request that spent the token, so the statements
-- after the claim in the same batch can tell whether this request made it.
ALTER TABLE spent_space_tokens ADD COLUMN kind TEXT COLLATE "C" NOT NULL DEFAULT 'space-create+jwt';
ALTER TABLE spent_space_tokens ADD COLUMN claim_id TEXT COLLATE "C";
UPDATE spent_space_tokens SET claim_id = space_id;

-- The user a space was created for (by them, or by a provider redeeming their
-- space creation token): MAX_SPACES_PER_USER counts these rows. (SQLite's
-- migration breaks ties between equal join times by rowid; PostgreSQL has none,
-- and a PostgreSQL database starts empty, so no row needs that tie broken.)
ALTER TABLE spaces ADD COLUMN owner_id TEXT COLLATE "C";
UPDATE spaces SET owner_id = CASE
  WHEN creator_type = 'user' THEN creator_id
  ELSE (SELECT user_id FROM space_members m WHERE m.space_id = spaces.id ORDER BY joined_at, user_id LIMIT 1)
END;
CREATE INDEX spaces_by_owner ON spaces (owner_id);

-- GET /spaces/{id}/users: a space's members, oldest first.
CREATE INDEX space_members_by_space ON space_members (space_id, joined_at);
