import type { Db } from "../common/Db";
import { runBatch } from "../common/runBatch";
import { sql, type SqlQuery } from "../common/sql";
import { rememberNameSql } from "../users/userStore";
import { anotherGroupAdministratorSql, groupAccessColumnsSql, holdsInGroupSql, mayLeaveGroupSql } from "./groupAccessSql";
import { conflict, notFound, ok, type Conflict, type NotFound, type Outcome } from "../common/Outcome";
import { groupAccessRefusal, type GroupAccessRefusal, type GroupAccessRow } from "./groupOutcome";
import { GROUP_ADMIN_PRIVILEGE, GROUP_PRIVILEGES, type GroupPrivilege } from "./groupPrivileges";
import { heldPrivilegeListsSql, unionInOrder } from "./effectivePrivileges";
import { belowSql, isEffectiveGroupUserSql } from "./groupWalksSql";
import { idListOf, readGroupFacts } from "./readGroupFacts";
import { jsonListSql } from "../common/jsonListSql";
import { dialectOf } from "../common/SqlDialect";

// Every SQL statement about a group's users: direct and effective lists,
// details, privileges, and removal. Reads need `group_view_data`.

/** How a read about one user refuses: the group's refusals, or no such (effective) user. */
type UserRefusal = GroupAccessRefusal | NotFound<"user" | "effective_user">;

const isDirectUserSql = (groupId: string, userId: string) =>
  sql`EXISTS (SELECT 1 FROM group_users t WHERE t.group_id = ${groupId} AND t.user_id = ${userId})`;

/** The group's direct users, oldest first. */
export async function listGroupUsers(db: Db, groupId: string, callerId: string): Promise<Outcome<string[], GroupAccessRefusal>> {
  return idListOf(await readGroupFacts<{ value: string }>(db, groupId, callerId, sql`${jsonListSql(dialectOf(db), sql`SELECT gu.user_id AS id,
    gu.joined_at AS since FROM group_users gu WHERE gu.group_id = ${groupId}`, sql`since, id`)} AS value`));
}

/** The group's effective users: its users and those of its nested groups at any depth, by earliest membership. */
export async function listEffectiveGroupUsers(db: Db, groupId: string, callerId: string): Promise<Outcome<string[], GroupAccessRefusal>> {
  return idListOf(await readGroupFacts<{ value: string }>(db, groupId, callerId, sql`${jsonListSql(dialectOf(db), sql`${belowSql(groupId)}
    SELECT gu.user_id AS id, MIN(gu.joined_at) AS first_joined FROM group_users gu JOIN below b ON gu.group_id = b.group_id
    GROUP BY gu.user_id`, sql`first_joined, id`)} AS value`));
}

/** A (direct or, with `effective`, effective) user of the group: id and the `name` claim last seen, else the id. */
export async function readGroupUser(db: Db, groupId: string, callerId: string, userId: string, effective: boolean): Promise<Outcome<{ userId: string; name: string }, UserRefusal>> {
  const found = effective ? isEffectiveGroupUserSql(groupId, userId) : isDirectUserSql(groupId, userId);
  const outcome = await readGroupFacts<{ found: unknown; name: string | null }>(db, groupId, callerId, sql`${found} AS found,
    (SELECT u.name FROM users u WHERE u.id = ${userId}) AS name`);
  if (outcome.kind !== "ok") return outcome;
  return outcome.value.found ? ok({ userId, name: outcome.value.name ?? userId }) : notFound(effective ? "effective_user" : "user");
}

/** A direct user's own privileges in the group, in canonical order. */
export async function readGroupUserPrivileges(db: Db, groupId: string, callerId: string, userId: string): Promise<Outcome<GroupPrivilege[], UserRefusal>> {
  const outcome = await readGroupFacts<{ value: string | null }>(db, groupId, callerId, sql`(SELECT t.privileges FROM group_users t
    WHERE t.group_id = ${groupId} AND t.user_id = ${userId}) AS value`);
  if (outcome.kind !== "ok") return outcome;
  return outcome.value.value === null ? notFound("user") : ok(JSON.parse(outcome.value.value) as GroupPrivilege[]);
}

/**
 * An effective user's effective privileges in the group: their own, plus
 * the privileges in the group of every nested group of which they are an
 * effective user; the union, in canonical order.
 */
export async function readEffectiveGroupUserPrivileges(db: Db, groupId: string, callerId: string, userId: string): Promise<Outcome<GroupPrivilege[], UserRefusal>> {
  const outcome = await readGroupFacts<{ found: unknown; value: string }>(db, groupId, callerId, sql`
    ${isEffectiveGroupUserSql(groupId, userId)} AS found,
    ${heldPrivilegeListsSql(dialectOf(db), userId,
      sql`SELECT t.privileges FROM group_users t WHERE t.group_id = ${groupId} AND t.user_id = ${userId}`,
      sql`SELECT gc.privileges FROM group_children gc JOIN reach r ON r.group_id = gc.child_id WHERE gc.parent_id = ${groupId}`)}`);
  if (outcome.kind !== "ok") return outcome;
  return outcome.value.found ? ok(unionInOrder(outcome.value.value, GROUP_PRIVILEGES)) : notFound("effective_user");
}

/** How a change to a group user refuses: the group's refusals, no such user, or the group rule. */
type ChangeRefusal = UserRefusal | Conflict<"last_group_administrator">;

interface ChangeRow extends GroupAccessRow {
  target_found: unknown;
}

/**
 * Runs a change to one direct user's row in one batch: the caller's access
 * and whether the target is a user of the group, then the change, whose
 * WHERE holds the privilege check and the group rule. The batch is one
 * transaction, so concurrent changes cannot both remove the last administrator.
 */
async function changeGroupUser(db: Db, groupId: string, caller: { id: string; name?: string | undefined }, userId: string, privilege: GroupPrivilege, change: SqlQuery): Promise<Outcome<void, ChangeRefusal>> {
  const [access, changed] = await runBatch<ChangeRow>(db, [
    sql`SELECT ${groupAccessColumnsSql(groupId, caller.id, privilege)}, ${isDirectUserSql(groupId, userId)} AS target_found
      FROM groups g WHERE g.id = ${groupId}`,
    sql`${change} AND ${holdsInGroupSql(groupId, caller.id, privilege)}`,
    rememberNameSql(caller.id, caller.name),
  ]);
  if ((changed?.meta.changes ?? 0) > 0) return ok();
  const row = access?.results[0];
  if (!row?.has_privilege) return groupAccessRefusal(row);
  return row.target_found ? conflict("last_group_administrator") : notFound("user");
}

/** Replaces a direct user's privileges (`group_set_privileges`); conflict if no direct user would keep `group_set_privileges`. */
export function setGroupUserPrivileges(db: Db, groupId: string, caller: { id: string; name?: string | undefined }, userId: string, privileges: readonly GroupPrivilege[]) {
  const keepsAdministrator = privileges.includes(GROUP_ADMIN_PRIVILEGE) ? sql`TRUE` : anotherGroupAdministratorSql(groupId, userId);
  return changeGroupUser(db, groupId, caller, userId, "group_set_privileges", sql`UPDATE group_users SET privileges = ${JSON.stringify(privileges)}
    WHERE group_id = ${groupId} AND user_id = ${userId} AND ${keepsAdministrator}`);
}

/** Removes a direct user (`group_remove_user`); conflict if that would leave no direct administrator. */
export function removeGroupUser(db: Db, groupId: string, caller: { id: string; name?: string | undefined }, userId: string) {
  return changeGroupUser(db, groupId, caller, userId, "group_remove_user", sql`DELETE FROM group_users
    WHERE group_id = ${groupId} AND user_id = ${userId} AND ${mayLeaveGroupSql(groupId, userId)}`);
}
