import { isRandomId } from "../common/randomId";
import { unixSeconds } from "../common/unixSeconds";
import { sql } from "../common/sql";
import { issueTokenRoute, type TokenRouteOptions } from "../tokens/issueTokenRoute";
import { invalidBodyToken, verifySingleUseToken } from "../tokens/singleUseTokens";
import type { TokenSpend } from "../tokens/spendSingleUseToken";
import { valueOrApiError } from "../http/valueOrApiError";
import { GROUP_WORDS } from "./groupErrors";
import type { Outcome, Refusal } from "../common/Outcome";
import type { GroupPrivilege } from "./groupPrivileges";
import type { TokenRefusal } from "./groupTokenStore";
import { readGroupFacts } from "./readGroupFacts";

/**
 * `GET /groups/{id}/…/token`: an effective user holding `privilege` gets a
 * fresh single-use token of `type` for the group (strangers 404, other
 * members 403), living as long as the `ttl` setting says (default 24 h).
 */
export function issueGroupTokenRoute(options: TokenRouteOptions & { readonly privilege: GroupPrivilege }) {
  return issueTokenRoute({
    ...options,
    auth: "user",
    tag: "Group",
    check: async (db, groupId, caller) => {
      valueOrApiError(await readGroupFacts(db, groupId, caller.id, sql`g.id`, options.privilege), GROUP_WORDS);
    },
  });
}

/**
 * Verifies a single-use group token from a request body (exactly this `typ`,
 * unexpired, of this zone) and hands its spend to `spend`, whose outcome
 * becomes the answer: the token's subject id, or the error. A token that is
 * invalid, of another kind, already spent or for a subject gone since is a
 * 400 `invalid_token` naming the kind.
 */
export async function redeemGroupToken(
  env: Env,
  type: string,
  kind: string,
  token: string,
  spend: (spend: TokenSpend) => Promise<Outcome<void, Refusal> | TokenRefusal>,
): Promise<string> {
  const grant = await verifySingleUseToken(env, type, token, kind);
  if (!isRandomId(grant.subject)) throw invalidBodyToken(`The ${kind} is invalid, expired or already used.`);
  const outcome = await spend({ type, tokenId: grant.tokenId, expiresAt: grant.expiresAt, subjectId: grant.subject, now: unixSeconds() });
  if (outcome.kind === "subject_gone") throw invalidBodyToken(`What this ${kind} was issued for no longer exists.`);
  if (outcome.kind === "already_spent") throw invalidBodyToken(`The ${kind} has already been used.`);
  valueOrApiError(outcome, GROUP_WORDS);
  return grant.subject;
}

