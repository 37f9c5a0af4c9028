import type { Db } from "../common/Db";
import { randomId } from "../common/randomId";
import { runBatch } from "../common/runBatch";
import { sql, type SqlQuery } from "../common/sql";

/** A verified single-use token about to be spent on its subject (a space or a group). */
export interface TokenSpend {
  readonly type: string;
  readonly tokenId: string;
  readonly expiresAt: number;
  readonly subjectId: string;
  readonly now: number;
}

/** What the spend batch's last statement reads: whether this request spent it, and why not. */
export interface SpendRow {
  readonly spent_here: unknown;
  readonly subject_exists: unknown;
  readonly precondition: unknown;
}

export interface SpendTerms {
  /** SQL condition: the token's subject still exists. */
  readonly subjectExists: SqlQuery;
  /** SQL condition the spend also needs (a privilege, no cycle, a registered provider). */
  readonly precondition: SqlQuery;
  /** The writes the token grants, each made only where `spentHere` holds. */
  readonly writes: (spentHere: SqlQuery) => readonly (SqlQuery | undefined)[];
  /** More SQL columns for the last statement, to tell refusals apart. */
  readonly report?: SqlQuery;
}

/**
 * Spends a single-use token and makes the writes it grants, in one atomic
 * batch. The `jti` is claimed first, by primary key, with a claim id unique
 * to this request, and only where the subject exists and the precondition
 * holds; each write is made only where the claim is this request's. So of
 * many concurrent requests with one token exactly one writes anything, and a
 * refused request leaves the token unspent. Answers the last statement's row.
 */
export async function spendSingleUseToken<Row extends object = object>(db: Db, spend: TokenSpend, terms: SpendTerms): Promise<SpendRow & Row> {
  const claimId = randomId();
  const spentHere = sql`EXISTS (SELECT 1 FROM spent_tokens st WHERE st.jti = ${spend.tokenId} AND st.claim_id = ${claimId})`;
  const results = await runBatch<SpendRow & Row>(db, [
    sql`INSERT INTO spent_tokens (jti, kind, claim_id, subject_id, spent_at, expires_at)
      SELECT ${spend.tokenId}, ${spend.type}, ${claimId}, ${spend.subjectId}, ${spend.now}, ${spend.expiresAt}
      WHERE ${terms.subjectExists} AND ${terms.precondition}
      ON CONFLICT (jti) DO NOTHING`,
    ...terms.writes(spentHere),
    sql`SELECT ${spentHere} AS spent_here, ${terms.subjectExists} AS subject_exists, ${terms.precondition} AS precondition
      ${terms.report ? sql`, ${terms.report}` : sql``}`,
  ]);
  const row = results.at(-1)?.results[0];
  if (!row) throw new Error("the spend batch returned no outcome row");
  return row;
}
