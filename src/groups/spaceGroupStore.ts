import type { Caller } from "../auth/Caller";
import type { Db } from "../common/Db";
import { runBatch } from "../common/runBatch";
import { sql, type SqlQuery } from "../common/sql";
import { callerHoldsSql, accessColumnsSql, isEffectiveSpaceMemberSql } from "../spaces/effectiveSpaceAccessSql";
import { keepsSpaceAdministratorSql, mayLeaveSpaceSql } from "../spaces/spaceAdministratorsSql";
import { SPACE_PRIVILEGES, type SpacePrivilege } from "../spaces/spacePrivileges";
import { conflict, notFound, ok, type Conflict, type NotFound, type Outcome } from "../common/Outcome";
import type { GroupDetails } from "./groupStore";
import { heldPrivilegeListsSql, unionInOrder } from "./effectivePrivileges";
import { idListOf } from "./readGroupFacts";
import { jsonListSql } from "../common/jsonListSql";
import { dialectOf } from "../common/SqlDialect";
import { accessRefusal, type AccessRefusal, type AccessRow } from "../spaces/spaceAccess";
import { readSpaceFacts } from "./readSpaceFacts";

/** How an operation on one group of a space refuses: the space's refusals, no such group there, or the space rule. */
type SpaceGroupRefusal = AccessRefusal | NotFound<"space_group">;

// Every SQL statement about groups as seen from a space: the space's groups,
// their privileges and removal, and the space's effective users. Reads need
// `space_view_data`, held effectively.

const isSpaceGroupSql = (spaceId: string, groupId: string) =>
  sql`EXISTS (SELECT 1 FROM space_groups t WHERE t.space_id = ${spaceId} AND t.group_id = ${groupId})`;

/** The space's groups, oldest membership first. */
export async function listSpaceGroups(db: Db, spaceId: string, caller: Caller): Promise<Outcome<string[], AccessRefusal>> {
  return idListOf(await readSpaceFacts<{ value: string }>(db, spaceId, caller, sql`${jsonListSql(dialectOf(db), sql`SELECT sg.group_id AS id,
    sg.joined_at AS since FROM space_groups sg WHERE sg.space_id = ${spaceId}`, sql`since, id`)} AS value`));
}

/** A group member of the space, as `GET /groups/{id}` answers it. */
export async function readSpaceGroup(db: Db, spaceId: string, caller: Caller, groupId: string): Promise<Outcome<GroupDetails, SpaceGroupRefusal>> {
  const outcome = await readSpaceFacts<{ found: unknown; name: string; type: GroupDetails["type"] }>(db, spaceId, caller, sql`
    ${isSpaceGroupSql(spaceId, groupId)} AS found,
    (SELECT g.name FROM groups g WHERE g.id = ${groupId}) AS name, (SELECT g.type FROM groups g WHERE g.id = ${groupId}) AS type`);
  if (outcome.kind !== "ok") return outcome;
  const { found, name, type } = outcome.value;
  return found ? ok({ groupId, name, type }) : notFound("space_group");
}

/** A group's privileges in the space, in canonical order. */
export async function readSpaceGroupPrivileges(db: Db, spaceId: string, caller: Caller, groupId: string): Promise<Outcome<SpacePrivilege[], SpaceGroupRefusal>> {
  const outcome = await readSpaceFacts<{ value: string | null }>(db, spaceId, caller, sql`(SELECT t.privileges FROM space_groups t
    WHERE t.space_id = ${spaceId} AND t.group_id = ${groupId}) AS value`);
  if (outcome.kind !== "ok") return outcome;
  return outcome.value.value === null ? notFound("space_group") : ok(JSON.parse(outcome.value.value) as SpacePrivilege[]);
}

/**
 * The space's effective users: its user members and the effective users of
 * its group members at any depth, each once, by earliest membership.
 */
export async function listSpaceEffectiveUsers(db: Db, spaceId: string, caller: Caller): Promise<Outcome<string[], AccessRefusal>> {
  return idListOf(await readSpaceFacts<{ value: string }>(db, spaceId, caller, sql`${jsonListSql(dialectOf(db), sql`WITH RECURSIVE below (group_id) AS (
      SELECT sg.group_id FROM space_groups sg WHERE sg.space_id = ${spaceId}
      UNION
      SELECT gc.child_id FROM group_children gc JOIN below b ON gc.parent_id = b.group_id)
    SELECT everyone.id AS id, MIN(everyone.since) AS first_joined FROM (
      SELECT m.user_id AS id, m.joined_at AS since FROM space_members m WHERE m.space_id = ${spaceId}
      UNION ALL
      SELECT gu.user_id AS id, gu.joined_at AS since FROM group_users gu JOIN below b ON gu.group_id = b.group_id) AS everyone
    GROUP BY everyone.id`, sql`first_joined, id`)} AS value`));
}

/** An effective user's effective privileges in the space: their own and those of every group member they reach; the union, in canonical order. */
export async function readSpaceEffectivePrivileges(db: Db, spaceId: string, caller: Caller, userId: string): Promise<Outcome<SpacePrivilege[], AccessRefusal | NotFound<"effective_user">>> {
  const outcome = await readSpaceFacts<{ found: unknown; value: string }>(db, spaceId, caller, sql`
    ${isEffectiveSpaceMemberSql(spaceId, userId)} AS found,
    ${heldPrivilegeListsSql(dialectOf(db), userId,
      sql`SELECT m.privileges FROM space_members m WHERE m.space_id = ${spaceId} AND m.user_id = ${userId}`,
      sql`SELECT sg.privileges FROM space_groups sg JOIN reach r ON r.group_id = sg.group_id WHERE sg.space_id = ${spaceId}`)}`);
  if (outcome.kind !== "ok") return outcome;
  return outcome.value.found ? ok(unionInOrder(outcome.value.value, SPACE_PRIVILEGES)) : notFound("effective_user");
}

interface ChangeRow extends AccessRow {
  target_found: unknown;
}

/** Changes one group member of the space where the caller holds `privilege` effectively, in one batch; conflict when the space rule stops it. */
async function changeSpaceGroup(db: Db, spaceId: string, caller: Caller, groupId: string, privilege: SpacePrivilege, change: SqlQuery): Promise<Outcome<void, SpaceGroupRefusal | Conflict<"last_space_administrator">>> {
  const [access, changed] = await runBatch<ChangeRow>(db, [
    sql`SELECT ${accessColumnsSql(spaceId, caller, privilege)}, ${isSpaceGroupSql(spaceId, groupId)} AS target_found
      FROM spaces s WHERE s.id = ${spaceId}`,
    sql`${change} AND ${callerHoldsSql(spaceId, caller, privilege)}`,
  ]);
  if ((changed?.meta.changes ?? 0) > 0) return ok();
  const row = access?.results[0];
  if (!row?.has_privilege) return accessRefusal(row);
  return row.target_found ? conflict("last_space_administrator") : notFound("space_group");
}

/** Replaces a group's privileges in the space (`space_set_privileges`); conflict if no member would keep `space_set_privileges`. */
export function setSpaceGroupPrivileges(db: Db, spaceId: string, caller: Caller, groupId: string, privileges: readonly SpacePrivilege[]) {
  return changeSpaceGroup(db, spaceId, caller, groupId, "space_set_privileges", sql`UPDATE space_groups SET privileges = ${JSON.stringify(privileges)}
    WHERE space_id = ${spaceId} AND group_id = ${groupId} AND ${keepsSpaceAdministratorSql(spaceId, { group: groupId }, privileges)}`);
}

/** Removes a group from the space (`space_remove_group`); conflict if it is the last administrator. */
export function removeSpaceGroup(db: Db, spaceId: string, caller: Caller, groupId: string) {
  return changeSpaceGroup(db, spaceId, caller, groupId, "space_remove_group", sql`DELETE FROM space_groups
    WHERE space_id = ${spaceId} AND group_id = ${groupId} AND ${mayLeaveSpaceSql(spaceId, { group: groupId })}`);
}
