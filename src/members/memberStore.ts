import { runBatch } from "../common/runBatch";
import type { Caller } from "../auth/Caller";
import type { Db } from "../common/Db";
import { prepare, sql, type SqlQuery } from "../common/sql";
import { ApiError } from "../http/ApiError";
import { accessDenied, type AccessRow } from "../spaces/spaceAccess";
import type { SpacePrivilege } from "../spaces/spacePrivileges";
import { accessColumns, callerHolds, privilegeIn } from "../spaces/spaceStore";
import { anotherSpaceAdministratorSql } from "../spaces/spaceAdministratorsSql";
import { rememberName } from "../users/userStore";

// Every SQL statement about a space's members and their privileges.

const ADMIN_PRIVILEGE: SpacePrivilege = "space_set_privileges";

/** SQL condition: a member of the space other than `userId`, user or group, holds `space_set_privileges`. */
function anotherAdministrator(spaceId: string, userId: string): SqlQuery {
  return anotherSpaceAdministratorSql(spaceId, { user: userId });
}

function isMember(spaceId: string, userId: string): SqlQuery {
  return sql`EXISTS (SELECT 1 FROM space_members WHERE space_id = ${spaceId} AND user_id = ${userId})`;
}

const noSuchMember = () => new ApiError(404, "not_found", "No such member of this space.");
const lastAdministrator = () =>
  new ApiError(409, "conflict", "This would leave the space without a member holding space_set_privileges; give another member that privilege first.");

interface MemberRow extends AccessRow {
  found: number;
  value: string | null;
}

/** Reads one column about a member (or the members) for a caller holding `space_view_data`, in one query. */
async function readAboutMembers(db: Db, spaceId: string, caller: Caller, column: SqlQuery): Promise<MemberRow> {
  const row = await prepare(db, sql`SELECT ${accessColumns(spaceId, caller, "space_view_data")}, ${column}
    FROM spaces WHERE id = ${spaceId}`).first<MemberRow>();
  if (row === null || row.has_privilege !== 1) throw accessDenied(row);
  return row;
}

/** The space's member ids, oldest member first (ties by insertion order). */
export async function listMembers(db: Db, spaceId: string, caller: Caller): Promise<string[]> {
  const row = await readAboutMembers(db, spaceId, caller, sql`1 AS found, (SELECT json_group_array(user_id) FROM
    (SELECT user_id FROM space_members WHERE space_id = ${spaceId} ORDER BY joined_at, rowid)) AS value`);
  return JSON.parse(row.value!) as string[];
}

/** A member's id and name: the `name` claim last seen on their token, else the id. */
export async function readMember(db: Db, spaceId: string, caller: Caller, userId: string) {
  const row = await readAboutMembers(db, spaceId, caller, sql`${isMember(spaceId, userId)} AS found,
    (SELECT name FROM users WHERE id = ${userId}) AS value`);
  if (row.found !== 1) throw noSuchMember();
  return { userId, name: row.value ?? userId };
}

/** A member's privileges, in canonical order. */
export async function readMemberPrivileges(db: Db, spaceId: string, caller: Caller, userId: string): Promise<SpacePrivilege[]> {
  const row = await readAboutMembers(db, spaceId, caller, sql`${isMember(spaceId, userId)} AS found,
    (SELECT privileges FROM space_members WHERE space_id = ${spaceId} AND user_id = ${userId}) AS value`);
  if (row.found !== 1) throw noSuchMember();
  return JSON.parse(row.value!) as SpacePrivilege[];
}

interface ChangeOutcome extends AccessRow {
  target_is_member: number;
}

/**
 * Runs a change to one member's row in one batch: first the caller's access
 * and whether the target is a member, then the change itself, whose WHERE
 * holds the privilege check and the rule that some member keeps
 * `space_set_privileges`. The batch is one transaction, so two concurrent
 * changes are decided one after the other and cannot both remove the last
 * administrator.
 */
async function changeMember(db: Db, spaceId: string, caller: Caller, userId: string, privilege: SpacePrivilege, change: SqlQuery) {
  const [outcome, changed] = await runBatch<ChangeOutcome>(db, [
    sql`SELECT ${accessColumns(spaceId, caller, privilege)}, ${isMember(spaceId, userId)} AS target_is_member
      FROM spaces WHERE id = ${spaceId}`,
    change,
    rememberName(caller.id, caller.kind === "user" ? caller.name : undefined),
  ]);
  if ((changed?.meta.changes ?? 0) > 0) return;
  const access = outcome?.results[0];
  if (!access || access.has_privilege !== 1) throw accessDenied(access);
  throw access.target_is_member === 1 ? lastAdministrator() : noSuchMember();
}

/** Replaces a member's privileges (`space_set_privileges`); 409 if that would leave no administrator. */
export function setMemberPrivileges(db: Db, spaceId: string, caller: Caller, userId: string, privileges: readonly SpacePrivilege[]) {
  const keepsAdministrator = privileges.includes(ADMIN_PRIVILEGE) ? sql`1` : anotherAdministrator(spaceId, userId);
  return changeMember(db, spaceId, caller, userId, "space_set_privileges", sql`UPDATE space_members SET privileges = ${JSON.stringify(privileges)}
    WHERE space_id = ${spaceId} AND user_id = ${userId} AND ${callerHolds(spaceId, caller, "space_set_privileges")} AND ${keepsAdministrator}`);
}

/** Removes a member (`space_remove_user`); 409 if that would leave no administrator. */
export function removeMember(db: Db, spaceId: string, caller: Caller, userId: string) {
  return changeMember(db, spaceId, caller, userId, "space_remove_user", sql`DELETE FROM space_members
    WHERE space_id = ${spaceId} AND user_id = ${userId} AND ${callerHolds(spaceId, caller, "space_remove_user")}
      AND (NOT ${privilegeIn(sql`space_members.privileges`, ADMIN_PRIVILEGE)}
        OR ${anotherAdministrator(spaceId, userId)})`);
}

/** The calling user leaves a space; strangers get 404, the last administrator 409. */
export async function leaveSpace(db: Db, spaceId: string, userId: string): Promise<void> {
  const [left, outcome] = await db.batch<{ still_member: number }>([
    prepare(db, sql`DELETE FROM space_members WHERE space_id = ${spaceId} AND user_id = ${userId}
      AND (NOT ${privilegeIn(sql`space_members.privileges`, ADMIN_PRIVILEGE)}
        OR ${anotherAdministrator(spaceId, userId)})`),
    prepare(db, sql`SELECT ${isMember(spaceId, userId)} AS still_member`),
  ]);
  if ((left?.meta.changes ?? 0) > 0) return;
  if (outcome?.results[0]?.still_member === 1) throw lastAdministrator();
  throw new ApiError(404, "not_found", "No such space.");
}

/** The statement that adds a member with these privileges where `condition` holds; an existing member is left as is. */
export function addMember(spaceId: string, userId: string, privileges: readonly SpacePrivilege[], now: number, condition: SqlQuery): SqlQuery {
  return sql`INSERT INTO space_members (space_id, user_id, privileges, joined_at)
    SELECT ${spaceId}, ${userId}, ${JSON.stringify(privileges)}, ${now} WHERE ${condition}
    ON CONFLICT (space_id, user_id) DO NOTHING`;
}
