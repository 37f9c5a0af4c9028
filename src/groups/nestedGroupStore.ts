import type { Db } from "../common/Db";
import { runBatch } from "../common/runBatch";
import { sql, type SqlQuery } from "../common/sql";
import { groupAccessColumnsSql, holdsInGroupSql } from "./groupAccessSql";
import { notFound, ok, type NotFound, type Outcome } from "../common/Outcome";
import { groupAccessRefusal, type GroupAccessRefusal, type GroupAccessRow } from "./groupOutcome";
import type { GroupPrivilege } from "./groupPrivileges";
import type { GroupDetails } from "./groupStore";
import { idListOf, readGroupFacts } from "./readGroupFacts";
import { jsonListSql } from "../common/jsonListSql";
import { dialectOf } from "../common/SqlDialect";

// Every SQL statement about nesting read and changed from either end: a
// group's nested (child) and parent groups, the children's privileges in the
// parent, and removal. Nesting itself spends a token (groupTokenStore.ts).

/** Which end of a nesting the path names: `nested` lists children, `parent` lists parents. */
export type NestingSide = "nested" | "parent";

/** How a read or change of one nesting refuses: the group's refusals, or no such nesting. */
type NestingRefusal = GroupAccessRefusal | NotFound<"nested_group" | "parent_group">;

const SIDES = {
  nested: { self: sql`gc.parent_id`, other: sql`gc.child_id` },
  parent: { self: sql`gc.child_id`, other: sql`gc.parent_id` },
} as const;

/** The group's children (`nested`) or parents (`parent`), oldest nesting first. */
export async function listNesting(db: Db, groupId: string, callerId: string, side: NestingSide): Promise<Outcome<string[], GroupAccessRefusal>> {
  const { self, other } = SIDES[side];
  return idListOf(await readGroupFacts<{ value: string }>(db, groupId, callerId, sql`${jsonListSql(dialectOf(db), sql`SELECT ${other} AS id,
    gc.joined_at AS since FROM group_children gc WHERE ${self} = ${groupId}`, sql`since, id`)} AS value`));
}

/** A child (`nested`) or parent (`parent`) of the group, as `GET /groups/{id}` answers it. */
export async function readNestedGroup(db: Db, groupId: string, callerId: string, side: NestingSide, otherId: string): Promise<Outcome<GroupDetails, NestingRefusal>> {
  const { self, other } = SIDES[side];
  const outcome = await readGroupFacts<{ found: unknown; name: string; type: GroupDetails["type"] }>(db, groupId, callerId, sql`
    EXISTS (SELECT 1 FROM group_children gc WHERE ${self} = ${groupId} AND ${other} = ${otherId}) AS found,
    (SELECT o.name FROM groups o WHERE o.id = ${otherId}) AS name, (SELECT o.type FROM groups o WHERE o.id = ${otherId}) AS type`);
  if (outcome.kind !== "ok") return outcome;
  const { found, name, type } = outcome.value;
  return found ? ok({ groupId: otherId, name, type }) : notFound(side === "nested" ? "nested_group" : "parent_group");
}

/** A child's privileges in the group, in canonical order. */
export async function readNestedPrivileges(db: Db, groupId: string, callerId: string, childId: string): Promise<Outcome<GroupPrivilege[], NestingRefusal>> {
  const outcome = await readGroupFacts<{ value: string | null }>(db, groupId, callerId, sql`(SELECT gc.privileges FROM group_children gc
    WHERE gc.parent_id = ${groupId} AND gc.child_id = ${childId}) AS value`);
  if (outcome.kind !== "ok") return outcome;
  return outcome.value.value === null ? notFound("nested_group") : ok(JSON.parse(outcome.value.value) as GroupPrivilege[]);
}

interface ChangeRow extends GroupAccessRow {
  target_found: unknown;
}

/** Changes one nesting of the group (its privileges, or the nesting itself) where the caller holds `privilege`, in one batch. */
async function changeNesting(db: Db, groupId: string, callerId: string, childId: string, privilege: GroupPrivilege, change: SqlQuery): Promise<Outcome<void, NestingRefusal>> {
  const [access, changed] = await runBatch<ChangeRow>(db, [
    sql`SELECT ${groupAccessColumnsSql(groupId, callerId, privilege)},
      EXISTS (SELECT 1 FROM group_children gc WHERE gc.parent_id = ${groupId} AND gc.child_id = ${childId}) AS target_found
      FROM groups g WHERE g.id = ${groupId}`,
    sql`${change} WHERE parent_id = ${groupId} AND child_id = ${childId} AND ${holdsInGroupSql(groupId, callerId, privilege)}`,
  ]);
  if ((changed?.meta.changes ?? 0) > 0) return ok();
  const row = access?.results[0];
  return row?.has_privilege ? notFound("nested_group") : groupAccessRefusal(row);
}

/** Replaces a child's privileges in the group (`group_set_privileges`). The group rule counts direct users only. */
export function setNestedPrivileges(db: Db, groupId: string, callerId: string, childId: string, privileges: readonly GroupPrivilege[]) {
  return changeNesting(db, groupId, callerId, childId, "group_set_privileges",
    sql`UPDATE group_children SET privileges = ${JSON.stringify(privileges)}`);
}

/** Removes a child from the group (`group_remove_group`); the child's users lose what they held through it at once. */
export function removeNestedGroup(db: Db, groupId: string, callerId: string, childId: string) {
  return changeNesting(db, groupId, callerId, childId, "group_remove_group", sql`DELETE FROM group_children`);
}
