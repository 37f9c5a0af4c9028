import { sql, type SqlQuery } from "../common/sql";

// The recursive walks over the group graph, each a `WITH RECURSIVE` that
// SQLite and PostgreSQL both run. `UNION` (not `UNION ALL`) drops repeats, so
// a walk visits each group once even where the graph is a diamond. Every step
// is one lookup on an index of migration 0005.

/**
 * `WITH RECURSIVE reach (group_id)`: the groups `userId` effectively belongs
 * to: their own groups (`group_users_by_user`), then each one's parents, at
 * any depth (`group_children_by_child`). Prefix a SELECT with it.
 */
export function reachSql(userId: string): SqlQuery {
  return sql`WITH RECURSIVE reach (group_id) AS (
      SELECT gu.group_id FROM group_users gu WHERE gu.user_id = ${userId}
      UNION
      SELECT gc.parent_id FROM group_children gc JOIN reach r ON gc.child_id = r.group_id)`;
}

/**
 * `WITH RECURSIVE below (group_id)`: `groupId` and its descendants at any
 * depth (`group_children_by_parent`); nothing when the group is gone. The
 * walks start from a row, never a bare `?`, so that each column keeps the
 * ids' type and collation on PostgreSQL (a bare value there is text of the
 * default collation, and a recursive column must have one).
 */
export function belowSql(groupId: string): SqlQuery {
  return sql`WITH RECURSIVE below (group_id) AS (
      SELECT g.id FROM groups g WHERE g.id = ${groupId}
      UNION
      SELECT gc.child_id FROM group_children gc JOIN below b ON gc.parent_id = b.group_id)`;
}

/** `WITH RECURSIVE above (group_id)`: `groupId` and its ancestors at any depth (`group_children_by_child`); nothing when the group is gone. */
export function aboveSql(groupId: string): SqlQuery {
  return sql`WITH RECURSIVE above (group_id) AS (
      SELECT g.id FROM groups g WHERE g.id = ${groupId}
      UNION
      SELECT gc.parent_id FROM group_children gc JOIN above a ON gc.child_id = a.group_id)`;
}

/** SQL condition: `userId` is an effective user of `groupId` (directly, or through nested groups). */
export function isEffectiveGroupUserSql(groupId: string, userId: string): SqlQuery {
  return sql`EXISTS (${reachSql(userId)} SELECT 1 FROM reach r WHERE r.group_id = ${groupId})`;
}

/** SQL condition: nesting `childId` into `parentId` would close a cycle (the child is the parent or one of its ancestors). */
export function wouldCycleSql(parentId: string, childId: string): SqlQuery {
  return sql`EXISTS (${aboveSql(parentId)} SELECT 1 FROM above a WHERE a.group_id = ${childId})`;
}
