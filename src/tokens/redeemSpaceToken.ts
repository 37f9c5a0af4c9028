import { providerGone } from "../auth/authenticate";
import type { Db } from "../common/Db";
import { isRandomId } from "../common/randomId";
import { sql, type SqlQuery } from "../common/sql";
import { unixSeconds } from "../common/unixSeconds";
import { invalidBodyToken, verifySingleUseToken } from "./singleUseTokens";
import { spendOnSpace } from "./tokenStore";

/** A single-use space token (invite or support) a request hands in. */
export interface SpaceTokenRedemption {
  readonly type: string;
  /** How the errors name it: "space invite token". */
  readonly kind: string;
  readonly token: string;
  /** The writes it grants, for the space and now, each made only where `spentHere` holds. */
  readonly writes: (spaceId: string, now: number, spentHere: SqlQuery) => readonly (SqlQuery | undefined)[];
  /** A condition the spend also needs: the provider still registered. Failing it is a 401. */
  readonly precondition?: SqlQuery;
}

/**
 * Verifies a single-use space token and spends it with the writes it grants,
 * in one batch; answers the space. A token that is invalid, of another kind,
 * already spent, or for a space deleted since is a 400 `invalid_token`.
 */
export async function redeemSpaceToken(db: Db, env: Env, redemption: SpaceTokenRedemption): Promise<string> {
  const { type, kind } = redemption;
  const grant = await verifySingleUseToken(env, type, redemption.token, kind);
  const spaceId = grant.subject;
  if (!isRandomId(spaceId)) throw invalidBodyToken(`The ${kind} is invalid, expired or already used.`);
  const now = unixSeconds();
  const outcome = await spendOnSpace(
    db,
    { type, tokenId: grant.tokenId, expiresAt: grant.expiresAt, spaceId, now },
    (spentHere) => redemption.writes(spaceId, now, spentHere),
    redemption.precondition ?? sql`TRUE`,
  );
  if (outcome === "precondition_failed") throw providerGone();
  if (outcome === "space_gone") throw invalidBodyToken(`The space of this ${kind} no longer exists.`);
  if (outcome === "already_spent") throw invalidBodyToken(`The ${kind} has already been used.`);
  return spaceId;
}
