-- migrations/0005_groups.sql on PostgreSQL (docs/schema.md, "PostgreSQL"): groups,
-- their users, nested groups, and groups as members of spaces. Lists order by their
-- time column, then the id, so no insertion-order column is needed here.

CREATE TABLE groups (
  id         TEXT COLLATE "C" PRIMARY KEY,
  name       TEXT   NOT NULL,
  type       TEXT COLLATE "C" NOT NULL CHECK (type IN ('organization', 'unit', 'team', 'role')),
  creator_id TEXT COLLATE "C" NOT NULL,
  created_at BIGINT NOT NULL
);

CREATE TABLE group_users (
  group_id   TEXT COLLATE "C" NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
  user_id    TEXT COLLATE "C" NOT NULL,
  privileges TEXT   NOT NULL CHECK (json_typeof(privileges::json) = 'array'),
  joined_at  BIGINT NOT NULL,
  PRIMARY KEY (group_id, user_id)
);
CREATE INDEX group_users_by_user ON group_users (user_id, joined_at, group_id);
CREATE INDEX group_users_by_group ON group_users (group_id, joined_at, user_id);

CREATE TABLE group_children (
  parent_id  TEXT COLLATE "C" NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
  child_id   TEXT COLLATE "C" NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
  privileges TEXT   NOT NULL CHECK (json_typeof(privileges::json) = 'array'),
  joined_at  BIGINT NOT NULL,
  PRIMARY KEY (parent_id, child_id),
  CHECK (parent_id <> child_id)
);
CREATE INDEX group_children_by_child ON group_children (child_id, joined_at, parent_id);
CREATE INDEX group_children_by_parent ON group_children (parent_id, joined_at, child_id);

CREATE TABLE space_groups (
  space_id   TEXT COLLATE "C" NOT NULL REFERENCES spaces (id) ON DELETE CASCADE,
  group_id   TEXT COLLATE "C" NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
  privileges TEXT   NOT NULL CHECK (json_typeof(privileges::json) = 'array'),
  joined_at  BIGINT NOT NULL,
  PRIMARY KEY (space_id, group_id)
);
CREATE INDEX space_groups_by_space ON space_groups (space_id, joined_at, group_id);
CREATE INDEX space_groups_by_group ON space_groups (group_id, joined_at, space_id);
