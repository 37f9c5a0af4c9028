import type { Db } from "../common/Db";
import { sql } from "../common/sql";
import { spendSingleUseToken, type TokenSpend } from "../tokens/spendSingleUseToken";
import { rememberNameSql } from "../users/userStore";
import { groupAccessColumnsSql, holdsInGroupSql } from "./groupAccessSql";
import { conflict, ok, type Conflict, type Outcome } from "../common/Outcome";
import { groupAccessRefusal, type GroupAccessRefusal, type GroupAccessRow } from "./groupOutcome";
import { JOINED_GROUP_PRIVILEGES_JSON } from "./groupPrivileges";
import { wouldCycleSql } from "./groupWalksSql";

// Spending the group tokens: a user joins a group, a group joins another as
// its child. Each is one batch: the spend, the membership, the outcome.

/** Why a token redemption failed beyond the refusals of the group it acts for. */
export type TokenRefusal = { readonly kind: "subject_gone" } | { readonly kind: "already_spent" };

const groupExistsSql = (groupId: string) => sql`EXISTS (SELECT 1 FROM groups x WHERE x.id = ${groupId})`;

/** A user joins the token's group with `group_view_data`; already a direct user: nothing changes. */
export async function joinGroup(db: Db, spend: TokenSpend, user: { id: string; name?: string | undefined }): Promise<Outcome<void, never> | TokenRefusal> {
  const groupId = spend.subjectId;
  const row = await spendSingleUseToken(db, spend, {
    subjectExists: groupExistsSql(groupId),
    precondition: sql`TRUE`,
    writes: (spentHere) => [
      sql`INSERT INTO group_users (group_id, user_id, privileges, joined_at)
        SELECT ${groupId}, ${user.id}, ${JOINED_GROUP_PRIVILEGES_JSON}, ${spend.now} WHERE ${spentHere}
        ON CONFLICT (group_id, user_id) DO NOTHING`,
      rememberNameSql(user.id, user.name, spentHere),
    ],
  });
  if (row.spent_here) return ok();
  return row.subject_exists ? { kind: "already_spent" } : { kind: "subject_gone" };
}

/**
 * `childId` joins the token's group as its child with `group_view_data`,
 * where the caller holds `group_join_group` in the child and the nesting
 * closes no cycle, both checked inside the spend. Already nested: nothing changes.
 */
export async function nestGroup(db: Db, spend: TokenSpend, callerId: string, childId: string): Promise<Outcome<void, GroupAccessRefusal | Conflict<"cycle">> | TokenRefusal> {
  const parentId = spend.subjectId;
  const row = await spendSingleUseToken<GroupAccessRow & { cycle: unknown }>(db, spend, {
    subjectExists: groupExistsSql(parentId),
    precondition: sql`${holdsInGroupSql(childId, callerId, "group_join_group")} AND NOT ${wouldCycleSql(parentId, childId)}`,
    writes: (spentHere) => [
      sql`INSERT INTO group_children (parent_id, child_id, privileges, joined_at)
        SELECT ${parentId}, ${childId}, ${JOINED_GROUP_PRIVILEGES_JSON}, ${spend.now} WHERE ${spentHere}
        ON CONFLICT (parent_id, child_id) DO NOTHING`,
    ],
    report: sql`${groupAccessColumnsSql(childId, callerId, "group_join_group")}, ${wouldCycleSql(parentId, childId)} AS cycle`,
  });
  if (row.spent_here) return ok();
  if (!row.has_privilege) return groupAccessRefusal(row);
  if (!row.subject_exists) return { kind: "subject_gone" };
  if (row.cycle) return conflict("cycle");
  return { kind: "already_spent" };
}
