import type { Db } from "../common/Db";
import { runBatch } from "../common/runBatch";
import { prepare, sql } from "../common/sql";
import { lastSpaceAdministratorOfSomeSpaceSql } from "../spaces/spaceAdministratorsSql";
import { rememberNameSql } from "../users/userStore";
import { groupAccessColumnsSql, holdsInGroupSql, mayLeaveGroupSql } from "./groupAccessSql";
import { conflict, notFound, ok, type Conflict, type NotFound, type Outcome } from "../common/Outcome";
import { groupAccessRefusal, type GroupAccessRefusal, type GroupAccessRow } from "./groupOutcome";
import { GROUP_OWNER_PRIVILEGES_JSON, type GroupType } from "./groupPrivileges";
import { readGroupFacts } from "./readGroupFacts";
import { reachSql } from "./groupWalksSql";

// Every SQL statement about groups themselves: create, read, modify, delete,
// leave, and the lists of a user's and of all groups.

export interface GroupDetails {
  readonly groupId: string;
  readonly name: string;
  readonly type: GroupType;
}

export interface NewGroup {
  readonly groupId: string;
  readonly name: string;
  readonly type: GroupType;
  readonly creatorId: string;
  readonly creatorName: string | undefined;
  readonly now: number;
}

/** Creates a group whose creator is its one user, holding all 13 privileges, in one batch. */
export async function createGroup(db: Db, group: NewGroup): Promise<void> {
  await runBatch(db, [
    sql`INSERT INTO groups (id, name, type, creator_id, created_at)
      VALUES (${group.groupId}, ${group.name}, ${group.type}, ${group.creatorId}, ${group.now})`,
    sql`INSERT INTO group_users (group_id, user_id, privileges, joined_at)
      VALUES (${group.groupId}, ${group.creatorId}, ${GROUP_OWNER_PRIVILEGES_JSON}, ${group.now})`,
    rememberNameSql(group.creatorId, group.creatorName),
  ]);
}

/** A group for an effective user holding `group_view_data`, in one query. */
export async function readGroup(db: Db, groupId: string, userId: string): Promise<Outcome<GroupDetails, GroupAccessRefusal>> {
  const outcome = await readGroupFacts<{ name: string; type: GroupType }>(db, groupId, userId, sql`g.name, g.type`);
  return outcome.kind === "ok" ? ok({ groupId, name: outcome.value.name, type: outcome.value.type }) : outcome;
}

/** Renames or retypes a group (`group_change_data`), in one batch that also reads the access. */
export async function modifyGroup(db: Db, groupId: string, userId: string, change: { name?: string | undefined; type?: GroupType | undefined }): Promise<Outcome<void, GroupAccessRefusal>> {
  const [access, updated] = await runBatch<GroupAccessRow>(db, [
    sql`SELECT ${groupAccessColumnsSql(groupId, userId, "group_change_data")} FROM groups g WHERE g.id = ${groupId}`,
    sql`UPDATE groups SET name = COALESCE(${change.name ?? null}, name), type = COALESCE(${change.type ?? null}, type)
      WHERE id = ${groupId} AND ${holdsInGroupSql(groupId, userId, "group_change_data")}`,
  ]);
  return (updated?.meta.changes ?? 0) === 1 ? ok() : groupAccessRefusal(access?.results[0]);
}

/**
 * Deletes a group (`group_remove`); its users, nestings and space
 * memberships go with it (ON DELETE CASCADE). Refused (conflict) while the
 * group is the last member of some space holding `space_set_privileges`.
 */
export async function deleteGroup(db: Db, groupId: string, userId: string): Promise<Outcome<void, GroupAccessRefusal | Conflict<"last_space_administrator">>> {
  const [access, deleted] = await runBatch<GroupAccessRow>(db, [
    sql`SELECT ${groupAccessColumnsSql(groupId, userId, "group_remove")} FROM groups g WHERE g.id = ${groupId}`,
    sql`DELETE FROM groups WHERE id = ${groupId} AND ${holdsInGroupSql(groupId, userId, "group_remove")}
      AND NOT ${lastSpaceAdministratorOfSomeSpaceSql(groupId)}`,
  ]);
  if ((deleted?.meta.changes ?? 0) > 0) return ok();
  const row = access?.results[0];
  return row?.has_privilege ? conflict("last_space_administrator") : groupAccessRefusal(row);
}

/** The calling user leaves a group they belong to directly; refused (conflict) for its last administrator. */
export async function leaveGroup(db: Db, groupId: string, userId: string): Promise<Outcome<void, NotFound<"group"> | Conflict<"last_group_administrator">>> {
  const [left, after] = await runBatch<{ still_member: unknown }>(db, [
    sql`DELETE FROM group_users WHERE group_id = ${groupId} AND user_id = ${userId} AND ${mayLeaveGroupSql(groupId, userId)}`,
    sql`SELECT EXISTS (SELECT 1 FROM group_users gu WHERE gu.group_id = ${groupId} AND gu.user_id = ${userId}) AS still_member`,
  ]);
  if ((left?.meta.changes ?? 0) > 0) return ok();
  return after?.results[0]?.still_member ? conflict("last_group_administrator") : notFound("group");
}

/** The groups a user belongs to directly, oldest membership first (`group_users_by_user`). */
export async function listUserGroups(db: Db, userId: string): Promise<string[]> {
  const rows = await prepare(db, sql`SELECT gu.group_id FROM group_users gu WHERE gu.user_id = ${userId}
    ORDER BY gu.joined_at, gu.group_id`).raw<[string]>();
  return rows.map(([groupId]) => groupId);
}

/** The groups a user belongs to at all (directly or through nested groups), oldest group first. */
export async function listEffectiveGroups(db: Db, userId: string): Promise<string[]> {
  const rows = await prepare(db, sql`${reachSql(userId)}
    SELECT g.id FROM reach r JOIN groups g ON g.id = r.group_id ORDER BY g.created_at, g.id`).raw<[string]>();
  return rows.map(([groupId]) => groupId);
}

/** One page of every group id, in id order after `after` (keyset pagination), and whether more follow. */
export async function listAllGroups(db: Db, after: string | null, limit: number): Promise<{ groups: string[]; more: boolean }> {
  const rows = await prepare(db, sql`SELECT g.id FROM groups g WHERE g.id > ${after ?? ""} ORDER BY g.id LIMIT ${limit + 1}`).raw<[string]>();
  return { groups: rows.slice(0, limit).map(([id]) => id), more: rows.length > limit };
}
