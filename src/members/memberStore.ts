import { runBatch } from "../common/runBatch";
import type { Caller } from "../auth/Caller";
import type { Db } from "../common/Db";
import { conflict, notFound, ok, type Conflict, type NotFound, type Outcome } from "../common/Outcome";
import { jsonListSql } from "../common/jsonListSql";
import { prepare, sql, type SqlQuery } from "../common/sql";
import { dialectOf } from "../common/SqlDialect";
import { accessRefusal, type AccessRefusal, type AccessRow } from "../spaces/spaceAccess";
import type { SpacePrivilege } from "../spaces/spacePrivileges";
import type { Member } from "./memberSchemas";
import { accessColumnsSql, callerHoldsSql, privilegeInSql } from "../spaces/spaceStore";
import { anotherSpaceAdministratorSql } from "../spaces/spaceAdministratorsSql";
import { rememberNameSql } from "../users/userStore";

// Every SQL statement about a space's members and their privileges.

const ADMIN_PRIVILEGE: SpacePrivilege = "space_set_privileges";

/** SQL condition: a member of the space other than `userId`, user or group, holds `space_set_privileges`. */
function anotherAdministratorSql(spaceId: string, userId: string): SqlQuery {
  return anotherSpaceAdministratorSql(spaceId, { user: userId });
}

function isMemberSql(spaceId: string, userId: string): SqlQuery {
  return sql`EXISTS (SELECT 1 FROM space_members WHERE space_id = ${spaceId} AND user_id = ${userId})`;
}

/** How a member operation refuses: the space's refusals, no such member, or a change that would leave no administrator. */
export type MemberRefusal = AccessRefusal | NotFound<"member"> | Conflict<"last_administrator">;

interface MemberRow extends AccessRow {
  found: unknown;
  value: string | null;
}

/** Reads one column about a member (or the members) for a caller holding `space_view_data`, in one query. */
async function readAboutMembers(db: Db, spaceId: string, caller: Caller, column: SqlQuery): Promise<Outcome<MemberRow, AccessRefusal>> {
  const row = await prepare(db, sql`SELECT ${accessColumnsSql(spaceId, caller, "space_view_data")}, ${column}
    FROM spaces WHERE id = ${spaceId}`).first<MemberRow>();
  return row?.has_privilege ? ok(row) : accessRefusal(row);
}

/** The space's member ids, oldest member first (ties by insertion order). */
export async function listMembers(db: Db, spaceId: string, caller: Caller): Promise<Outcome<string[], AccessRefusal>> {
  const d = dialectOf(db);
  const members = jsonListSql(d, sql`SELECT user_id AS id, joined_at AS since, ${d.insertionOrder} AS insertion_order
    FROM space_members WHERE space_id = ${spaceId}`, sql`since, insertion_order`);
  const read = await readAboutMembers(db, spaceId, caller, sql`TRUE AS found, ${members} AS value`);
  return read.kind === "ok" ? ok(JSON.parse(read.value.value!) as string[]) : read;
}

/** A member's id and name: the `name` claim last seen on their token, else the id. */
export async function readMember(db: Db, spaceId: string, caller: Caller, userId: string): Promise<Outcome<Member, MemberRefusal>> {
  const read = await readAboutMembers(db, spaceId, caller, sql`${isMemberSql(spaceId, userId)} AS found,
    (SELECT name FROM users WHERE id = ${userId}) AS value`);
  if (read.kind !== "ok") return read;
  return read.value.found ? ok({ userId, name: read.value.value ?? userId }) : notFound("member");
}

/** A member's privileges, in canonical order. */
export async function readMemberPrivileges(db: Db, spaceId: string, caller: Caller, userId: string): Promise<Outcome<SpacePrivilege[], MemberRefusal>> {
  const read = await readAboutMembers(db, spaceId, caller, sql`${isMemberSql(spaceId, userId)} AS found,
    (SELECT privileges FROM space_members WHERE space_id = ${spaceId} AND user_id = ${userId}) AS value`);
  if (read.kind !== "ok") return read;
  return read.value.found ? ok(JSON.parse(read.value.value!) as SpacePrivilege[]) : notFound("member");
}

interface ChangeOutcome extends AccessRow {
  target_is_member: unknown;
}

/**
 * Runs a change to one member's row in one batch: first the caller's access
 * and whether the target is a member, then the change itself, whose WHERE
 * holds the privilege check and the rule that some member keeps
 * `space_set_privileges`. The batch is one transaction, so two concurrent
 * changes are decided one after the other and cannot both remove the last
 * administrator.
 */
async function changeMember(
  db: Db,
  spaceId: string,
  caller: Caller,
  userId: string,
  privilege: SpacePrivilege,
  change: SqlQuery,
): Promise<Outcome<void, MemberRefusal>> {
  const [outcome, changed] = await runBatch<ChangeOutcome>(db, [
    sql`SELECT ${accessColumnsSql(spaceId, caller, privilege)}, ${isMemberSql(spaceId, userId)} AS target_is_member
      FROM spaces WHERE id = ${spaceId}`,
    change,
    rememberNameSql(caller.id, caller.kind === "user" ? caller.name : undefined),
  ]);
  if ((changed?.meta.changes ?? 0) > 0) return ok();
  const access = outcome?.results[0];
  if (!access?.has_privilege) return accessRefusal(access);
  return access.target_is_member ? conflict("last_administrator") : notFound("member");
}

/** Replaces a member's privileges (`space_set_privileges`), unless that would leave no administrator. */
export function setMemberPrivileges(db: Db, spaceId: string, caller: Caller, userId: string, privileges: readonly SpacePrivilege[]) {
  const keepsAdministrator = privileges.includes(ADMIN_PRIVILEGE) ? sql`TRUE` : anotherAdministratorSql(spaceId, userId);
  return changeMember(db, spaceId, caller, userId, "space_set_privileges", sql`UPDATE space_members SET privileges = ${JSON.stringify(privileges)}
    WHERE space_id = ${spaceId} AND user_id = ${userId} AND ${callerHoldsSql(spaceId, caller, "space_set_privileges")} AND ${keepsAdministrator}`);
}

/** Removes a member (`space_remove_user`), unless that would leave no administrator. */
export function removeMember(db: Db, spaceId: string, caller: Caller, userId: string) {
  return changeMember(db, spaceId, caller, userId, "space_remove_user", sql`DELETE FROM space_members
    WHERE space_id = ${spaceId} AND user_id = ${userId} AND ${callerHoldsSql(spaceId, caller, "space_remove_user")}
      AND (NOT ${privilegeInSql(sql`space_members.privileges`, ADMIN_PRIVILEGE)}
        OR ${anotherAdministratorSql(spaceId, userId)})`);
}

/** The calling user leaves a space, unless they are its last administrator; strangers are told there is no such space. */
export async function leaveSpace(db: Db, spaceId: string, userId: string): Promise<Outcome<void, NotFound | Conflict<"last_administrator">>> {
  const [left, outcome] = await runBatch<{ still_member: unknown }>(db, [
    sql`DELETE FROM space_members WHERE space_id = ${spaceId} AND user_id = ${userId}
      AND (NOT ${privilegeInSql(sql`space_members.privileges`, ADMIN_PRIVILEGE)}
        OR ${anotherAdministratorSql(spaceId, userId)})`,
    sql`SELECT ${isMemberSql(spaceId, userId)} AS still_member`,
  ]);
  if ((left?.meta.changes ?? 0) > 0) return ok();
  return outcome?.results[0]?.still_member ? conflict("last_administrator") : notFound();
}

/** The statement that adds a member with these privileges where `condition` holds; an existing member is left as is. */
export function addMemberSql(spaceId: string, userId: string, privileges: readonly SpacePrivilege[], now: number, condition: SqlQuery): SqlQuery {
  return sql`INSERT INTO space_members (space_id, user_id, privileges, joined_at)
    SELECT ${spaceId}, ${userId}, ${JSON.stringify(privileges)}, ${now} WHERE ${condition}
    ON CONFLICT (space_id, user_id) DO NOTHING`;
}
