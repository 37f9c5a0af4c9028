-- spacegate schema, version 1. Documented table by table in docs/schema.md.
-- Timestamps are integer unix seconds. Ids are 32 lowercase hex characters.

CREATE TABLE spaces (
  id           TEXT    PRIMARY KEY,
  name         TEXT    NOT NULL,
  creator_type TEXT    NOT NULL CHECK (creator_type IN ('user', 'provider')),
  creator_id   TEXT    NOT NULL,
  created_at   INTEGER NOT NULL
);

-- One row per member; privileges is a JSON array of Onezone space privileges.
CREATE TABLE space_members (
  space_id   TEXT    NOT NULL REFERENCES spaces (id) ON DELETE CASCADE,
  user_id    TEXT    NOT NULL,
  privileges TEXT    NOT NULL CHECK (json_valid(privileges) AND json_type(privileges) = 'array'),
  joined_at  INTEGER NOT NULL,
  PRIMARY KEY (space_id, user_id)
);
-- GET /user/spaces: a user's spaces, oldest first, from the index alone.
CREATE INDEX space_members_by_user ON space_members (user_id, joined_at, space_id);

CREATE TABLE providers (
  id         TEXT    PRIMARY KEY,
  name       TEXT    NOT NULL,
  created_at INTEGER NOT NULL
);

-- A provider's storage supporting a space; size in bytes, NULL when unspecified.
CREATE TABLE space_supports (
  space_id     TEXT    NOT NULL REFERENCES spaces (id) ON DELETE CASCADE,
  provider_id  TEXT    NOT NULL REFERENCES providers (id) ON DELETE CASCADE,
  size         INTEGER CHECK (size IS NULL OR size > 0),
  supported_at INTEGER NOT NULL,
  PRIMARY KEY (space_id, provider_id)
);
-- GET /provider/spaces: a provider's spaces, oldest first, from the index alone.
CREATE INDEX space_supports_by_provider ON space_supports (provider_id, supported_at, space_id);

-- Spent space creation tokens. The primary key makes redemption single-use,
-- also under concurrent requests. Rows may be purged once expires_at has passed.
CREATE TABLE spent_space_tokens (
  jti        TEXT    PRIMARY KEY,
  space_id   TEXT    NOT NULL,
  spent_at   INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);
