import type { Db } from "../common/Db";
import { runBatch } from "../common/runBatch";
import { sql } from "../common/sql";
import { underQuotaSql } from "../creation/creationStore";
import { OWNER_PRIVILEGES_JSON } from "../spaces/spacePrivileges";
import { rememberNameSql } from "../users/userStore";
import { groupAccessColumnsSql, holdsInGroupSql } from "./groupAccessSql";
import { ok, type Outcome } from "../common/Outcome";
import { groupAccessRefusal, type GroupAccessRefusal, type GroupAccessRow } from "./groupOutcome";

export interface GroupSpaceCreation {
  readonly spaceId: string;
  readonly groupId: string;
  readonly name: string;
  readonly creator: { readonly id: string; readonly name?: string | undefined };
  readonly createdAt: number;
  /** MAX_SPACES_PER_USER: the creating user is the owner it counts against; 0 means no limit. */
  readonly quota: number;
}

/**
 * `POST /groups/{id}/spaces`: a space whose one member is the group, with all
 * ten space privileges, made where the caller holds `group_create_space` in
 * the group effectively and is under the quota; one batch. The caller is the
 * creator and the owner the quota counts against. Answers the space id, the
 * group's refusal, or quota_exceeded.
 */
export async function createSpaceForGroup(db: Db, space: GroupSpaceCreation): Promise<Outcome<string, GroupAccessRefusal> | { readonly kind: "quota_exceeded" }> {
  const { spaceId, groupId, creator, createdAt } = space;
  const spaceExists = sql`EXISTS (SELECT 1 FROM spaces x WHERE x.id = ${spaceId})`;
  const underQuota = underQuotaSql(creator.id, space.quota);
  const results = await runBatch<GroupAccessRow & { created: unknown }>(db, [
    sql`INSERT INTO spaces (id, name, creator_type, creator_id, owner_id, created_at)
      SELECT ${spaceId}, ${space.name}, 'user', ${creator.id}, ${creator.id}, ${createdAt}
      WHERE ${holdsInGroupSql(groupId, creator.id, "group_create_space")} AND ${underQuota}`,
    sql`INSERT INTO space_groups (space_id, group_id, privileges, joined_at)
      SELECT ${spaceId}, ${groupId}, ${OWNER_PRIVILEGES_JSON}, ${createdAt} WHERE ${spaceExists}`,
    rememberNameSql(creator.id, creator.name, spaceExists),
    sql`SELECT ${spaceExists} AS created, ${groupAccessColumnsSql(groupId, creator.id, "group_create_space")}`,
  ]);
  const row = results.at(-1)?.results[0];
  if (row?.created) return ok(spaceId);
  return row?.has_privilege ? { kind: "quota_exceeded" } : groupAccessRefusal(row);
}
