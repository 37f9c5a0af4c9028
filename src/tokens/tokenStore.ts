import { runBatch } from "../common/runBatch";
import type { Db } from "../common/Db";
import { randomId } from "../common/randomId";
import { sql, type SqlQuery } from "../common/sql";

/** A verified single-use token about to be spent on a space. */
export interface SpaceTokenSpend {
  readonly type: string;
  readonly tokenId: string;
  readonly expiresAt: number;
  readonly spaceId: string;
  readonly now: number;
}

export type SpendOutcome = "spent_here" | "already_spent" | "space_gone" | "precondition_failed";

/** The spend batch's last row; its conditions are 1/0 on SQLite and true/false on PostgreSQL, read as truthy. */
interface OutcomeRow {
  spent_here: unknown;
  space_exists: unknown;
  precondition: unknown;
}

/**
 * Spends a single-use token (invite or support) on an existing space and
 * makes the writes it grants, in one atomic batch. The token's `jti` is
 * claimed first, by primary key, with a claim id unique to this request, and
 * only if the space exists and `precondition` holds; each write is made only
 * where that claim is this request's (`writes` receives the SQL condition).
 * So of many concurrent requests with one token exactly one writes anything,
 * and a token for a space deleted since is never spent.
 */
export async function spendOnSpace(
  db: Db,
  spend: SpaceTokenSpend,
  writes: (spentHere: SqlQuery) => readonly (SqlQuery | undefined)[],
  precondition: SqlQuery = sql`TRUE`,
): Promise<SpendOutcome> {
  const claimId = randomId();
  const spaceExists = sql`EXISTS (SELECT 1 FROM spaces WHERE id = ${spend.spaceId})`;
  const spentHere = sql`EXISTS (SELECT 1 FROM spent_tokens WHERE jti = ${spend.tokenId} AND claim_id = ${claimId})`;
  const statements = [
    sql`INSERT INTO spent_tokens (jti, kind, claim_id, subject_id, spent_at, expires_at)
      SELECT ${spend.tokenId}, ${spend.type}, ${claimId}, ${spend.spaceId}, ${spend.now}, ${spend.expiresAt}
      WHERE ${spaceExists} AND ${precondition}
      ON CONFLICT (jti) DO NOTHING`,
    ...writes(spentHere),
    sql`SELECT ${spentHere} AS spent_here, ${spaceExists} AS space_exists, ${precondition} AS precondition`,
  ];
  const results = await runBatch<OutcomeRow>(db, statements);
  const outcome = results.at(-1)?.results[0];
  if (!outcome) throw new Error("the spend batch returned no outcome row");
  if (outcome.spent_here) return "spent_here";
  if (!outcome.space_exists) return "space_gone";
  return outcome.precondition ? "already_spent" : "precondition_failed";
}
