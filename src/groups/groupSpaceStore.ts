import type { Db } from "../common/Db";
import { runBatch } from "../common/runBatch";
import { prepare, sql } from "../common/sql";
import { mayLeaveSpaceSql } from "../spaces/spaceAdministratorsSql";
import { spaceDetailsSql, toSpaceDetails, type SpaceDetailsRow } from "../spaces/spaceDetailsSql";
import type { SpaceDetails } from "../spaces/spaceResponseSchemas";
import { spendSingleUseToken, type TokenSpend } from "../tokens/spendSingleUseToken";
import { groupAccessColumnsSql, holdsInGroupSql } from "./groupAccessSql";
import { conflict, notFound, ok, type Conflict, type NotFound, type Outcome } from "../common/Outcome";
import { groupAccessRefusal, type GroupAccessRefusal, type GroupAccessRow } from "./groupOutcome";
import type { TokenRefusal } from "./groupTokenStore";
import { reachSql } from "./groupWalksSql";
import { idListOf, readGroupFacts } from "./readGroupFacts";
import { jsonListSql } from "../common/jsonListSql";
import { dialectOf } from "../common/SqlDialect";

// Every SQL statement about a group's spaces, seen from the group: the list,
// one space, joining with a space group invite token, and leaving.

/** What a group gets in a space it joins with a space group invite token: Onezone 3.0's `space_user` level. */
export const JOINED_SPACE_GROUP_PRIVILEGES_JSON = JSON.stringify(["space_view_data"]);

/** The group's spaces, oldest membership first (`space_groups_by_group`). */
export async function listGroupSpaces(db: Db, groupId: string, userId: string): Promise<Outcome<string[], GroupAccessRefusal>> {
  return idListOf(await readGroupFacts<{ value: string }>(db, groupId, userId, sql`${jsonListSql(dialectOf(db), sql`SELECT sg.space_id AS id,
    sg.joined_at AS since FROM space_groups sg WHERE sg.group_id = ${groupId}`, sql`since, id`)} AS value`));
}

/** One of the group's spaces, as `GET /spaces/{id}` answers it, for an effective user holding `group_view_data`. */
export async function readGroupSpace(db: Db, groupId: string, userId: string, spaceId: string): Promise<Outcome<SpaceDetails, GroupAccessRefusal | NotFound<"group_space">>> {
  const outcome = await readGroupFacts<SpaceDetailsRow>(db, groupId, userId, spaceDetailsSql(dialectOf(db), sql`s`), "group_view_data",
    sql`LEFT JOIN space_groups sg ON sg.group_id = g.id AND sg.space_id = ${spaceId} LEFT JOIN spaces s ON s.id = sg.space_id`);
  if (outcome.kind !== "ok") return outcome;
  const row = outcome.value;
  return row.space_id === null ? notFound("group_space") : ok(toSpaceDetails({ ...row, space_id: row.space_id }));
}

/** The group leaves a space (`group_leave_space` in the group); conflict if it is the space's last administrator. */
export async function leaveSpaceAsGroup(db: Db, groupId: string, userId: string, spaceId: string): Promise<Outcome<void, GroupAccessRefusal | NotFound<"group_space"> | Conflict<"last_space_administrator">>> {
  const [access, left] = await runBatch<GroupAccessRow & { target_found: unknown }>(db, [
    sql`SELECT ${groupAccessColumnsSql(groupId, userId, "group_leave_space")},
      EXISTS (SELECT 1 FROM space_groups t WHERE t.space_id = ${spaceId} AND t.group_id = ${groupId}) AS target_found
      FROM groups g WHERE g.id = ${groupId}`,
    sql`DELETE FROM space_groups WHERE space_id = ${spaceId} AND group_id = ${groupId}
      AND ${holdsInGroupSql(groupId, userId, "group_leave_space")} AND ${mayLeaveSpaceSql(spaceId, { group: groupId })}`,
  ]);
  if ((left?.meta.changes ?? 0) > 0) return ok();
  const row = access?.results[0];
  if (!row?.has_privilege) return groupAccessRefusal(row);
  return row.target_found ? conflict("last_space_administrator") : notFound("group_space");
}

/**
 * The group joins the token's space with `space_view_data`, where the
 * caller holds `group_join_space` in the group, checked inside the spend.
 * Already a member: nothing changes.
 */
export async function joinSpaceAsGroup(db: Db, spend: TokenSpend, userId: string, groupId: string): Promise<Outcome<void, GroupAccessRefusal> | TokenRefusal> {
  const spaceId = spend.subjectId;
  const row = await spendSingleUseToken<GroupAccessRow>(db, spend, {
    subjectExists: sql`EXISTS (SELECT 1 FROM spaces x WHERE x.id = ${spaceId})`,
    precondition: holdsInGroupSql(groupId, userId, "group_join_space"),
    writes: (spentHere) => [
      sql`INSERT INTO space_groups (space_id, group_id, privileges, joined_at)
        SELECT ${spaceId}, ${groupId}, ${JOINED_SPACE_GROUP_PRIVILEGES_JSON}, ${spend.now} WHERE ${spentHere}
        ON CONFLICT (space_id, group_id) DO NOTHING`,
    ],
    report: groupAccessColumnsSql(groupId, userId, "group_join_space"),
  });
  if (row.spent_here) return ok();
  if (!row.has_privilege) return groupAccessRefusal(row);
  return row.subject_exists ? { kind: "already_spent" } : { kind: "subject_gone" };
}

/** The spaces a user belongs to at all: directly, or through any of their groups at any depth; by earliest membership. */
export async function listEffectiveSpaces(db: Db, userId: string): Promise<string[]> {
  const rows = await prepare(db, sql`${reachSql(userId)}
    SELECT everything.id, MIN(everything.since) AS first_joined FROM (
      SELECT m.space_id AS id, m.joined_at AS since FROM space_members m WHERE m.user_id = ${userId}
      UNION ALL
      SELECT sg.space_id AS id, sg.joined_at AS since FROM space_groups sg JOIN reach r ON r.group_id = sg.group_id) AS everything
    GROUP BY everything.id ORDER BY first_joined, everything.id`).raw<[string, number]>();
  return rows.map(([spaceId]) => spaceId);
}
