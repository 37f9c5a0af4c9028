import { isRandomId } from "../common/randomId";
import { parseCount } from "../common/settings";
import { unixSeconds } from "../common/unixSeconds";
import { sql } from "../common/sql";
import { defineRoute } from "../http/RouteDefinition";
import type { RouteDoc } from "../openapi/RouteDoc";
import { DEFAULT_SPACE_TOKEN_TTL_SECONDS } from "../tokens/issueSpaceTokenRoute";
import { invalidBodyToken, issueSingleUseToken, verifySingleUseToken } from "../tokens/singleUseTokens";
import type { TokenSpend } from "../tokens/spendSingleUseToken";
import { SpaceTokenSchema, tokenResponse } from "../tokens/tokenResponses";
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
export function issueGroupTokenRoute(options: {
  readonly path: string;
  readonly type: string;
  readonly privilege: GroupPrivilege;
  readonly ttl: (env: Env) => string | undefined;
  readonly doc: Pick<RouteDoc, "operationId" | "summary" | "description"> & { readonly tokenDescription: string };
}) {
  const { doc } = options;
  return defineRoute({
    method: "GET",
    path: options.path,
    auth: "user",
    handle: async ({ db, params, caller }, env) => {
      valueOrApiError(await readGroupFacts(db, params.id!, caller.id, sql`g.id`, options.privilege), GROUP_WORDS);
      const ttlSeconds = parseCount(options.ttl(env), DEFAULT_SPACE_TOKEN_TTL_SECONDS);
      return tokenResponse(await issueSingleUseToken(env, options.type, params.id!, ttlSeconds));
    },
    doc: {
      operationId: doc.operationId,
      tag: "Group",
      summary: doc.summary,
      ...(doc.description && { description: doc.description }),
      success: { status: 200, description: doc.tokenDescription, body: SpaceTokenSchema, headers: ["Cache-Control"] },
      errors: { 403: ["forbidden"], 404: ["not_found"] },
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

