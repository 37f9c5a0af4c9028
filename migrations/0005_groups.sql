-- Groups (Onezone 3.0): groups, their users, nested groups, and groups as
-- members of spaces. Documented table by table in docs/schema.md; how the
-- recursive walks use the indexes is in docs/groups.md.
-- Privileges are JSON arrays in canonical order, as in space_members.

CREATE TABLE groups (
  id         TEXT    PRIMARY KEY,
  name       TEXT    NOT NULL,
  type       TEXT    NOT NULL CHECK (type IN ('organization', 'unit', 'team', 'role')),
  creator_id TEXT    NOT NULL,
  created_at INTEGER NOT NULL
);
-- GET /groups (administrators) pages by the primary key, like GET /spaces.

-- A group's direct users and their group privileges.
CREATE TABLE group_users (
  group_id   TEXT    NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
  user_id    TEXT    NOT NULL,
  privileges TEXT    NOT NULL CHECK (json_valid(privileges) AND json_type(privileges) = 'array'),
  joined_at  INTEGER NOT NULL,
  PRIMARY KEY (group_id, user_id)
);
-- The first step of every effective-privilege walk (a user's own groups), and
-- GET /user/groups, oldest first, from the index alone.
CREATE INDEX group_users_by_user ON group_users (user_id, joined_at, group_id);
-- GET /groups/{id}/users, oldest first.
CREATE INDEX group_users_by_group ON group_users (group_id, joined_at, user_id);

-- Nesting: child_id is a member of parent_id with these group privileges.
-- The graph has no cycles: every nesting checks that inside its INSERT.
CREATE TABLE group_children (
  parent_id  TEXT    NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
  child_id   TEXT    NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
  privileges TEXT    NOT NULL CHECK (json_valid(privileges) AND json_type(privileges) = 'array'),
  joined_at  INTEGER NOT NULL,
  PRIMARY KEY (parent_id, child_id),
  CHECK (parent_id <> child_id)
);
-- Walking up (a user's groups to their parents, at every level) and
-- GET /groups/{id}/parent, oldest first.
CREATE INDEX group_children_by_child ON group_children (child_id, joined_at, parent_id);
-- Walking down (a group's descendants: effective users) and GET /groups/{id}/nested, oldest first.
CREATE INDEX group_children_by_parent ON group_children (parent_id, joined_at, child_id);

-- Groups as members of spaces, with space privileges.
CREATE TABLE space_groups (
  space_id   TEXT    NOT NULL REFERENCES spaces (id) ON DELETE CASCADE,
  group_id   TEXT    NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
  privileges TEXT    NOT NULL CHECK (json_valid(privileges) AND json_type(privileges) = 'array'),
  joined_at  INTEGER NOT NULL,
  PRIMARY KEY (space_id, group_id)
);
-- GET /spaces/{id}/groups, oldest first.
CREATE INDEX space_groups_by_space ON space_groups (space_id, joined_at, group_id);
-- A group's spaces (GET /groups/{id}/spaces, GET /user/effective_spaces) and
-- the effective-privilege check from a caller's groups into a space.
CREATE INDEX space_groups_by_group ON space_groups (group_id, joined_at, space_id);

-- A space made for a group by a provider (the group's space creation token)
-- has a provider creator; one made by POST /groups/{id}/spaces a user creator.
-- spaces.creator_type stays 'user' or 'provider' (no change needed).
