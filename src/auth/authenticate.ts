import { callerKey, enforceRateLimit } from "../limits/rateLimits";
import type { AppRequest } from "../http/AppRequest";
import { findProvider } from "../providers/providerStore";
import type { Caller } from "./Caller";
import { invalidAccessToken, missingAccessToken, rejectedTokenAs } from "./tokenErrors";
import { MAX_TOKEN_CHARS, PROVIDER_TOKEN_TYPE, readTokenType, SINGLE_USE_TOKEN_TYPES } from "./tokenTypes";
import { verifyUserToken } from "./verifyUserToken";
import { verifyZoneToken } from "./zoneTokens";
import { readAccessToken } from "./readAccessToken";

/**
 * Proves who is calling. The token's kind is told by its `typ` header alone
 * (RFC 8725 §3.11), and each kind is verified only against its own issuer and
 * keys, so no token can pass as another kind. Once a signature proves the
 * caller, the caller's rate limit is counted, before the one D1 lookup
 * (a provider's registration) authentication may need. A route whose batch
 * checks the registration itself (`registration: false`) spares that lookup.
 */
export async function authenticate(request: AppRequest, env: Env, checks = { registration: true }): Promise<Caller> {
  const caller = await verifyAccessToken(request, env);
  await enforceRateLimit(env.CALLER_LIMITER, callerKey(caller));
  // Revocation is immediate: a provider token is only as good as its registration.
  if (checks.registration && caller.kind === "provider" && (await findProvider(request.db, caller.id)) === null) {
    throw providerGone();
  }
  return caller;
}

/** The 401 of a provider whose registration was deleted: its token is as good as none. */
export function providerGone() {
  return invalidAccessToken("The provider behind this token is no longer registered.");
}

async function verifyAccessToken(request: AppRequest, env: Env): Promise<Caller> {
  const token = readAccessToken(request.headers);
  if (token === undefined) throw missingAccessToken();
  if (token.length > MAX_TOKEN_CHARS) throw invalidAccessToken("The access token is too long.");
  let type: string | undefined;
  try {
    type = readTokenType(token);
  } catch {
    throw invalidAccessToken("The access token is not a well-formed JWT.");
  }
  if (type !== undefined && SINGLE_USE_TOKEN_TYPES.has(type)) {
    throw invalidAccessToken("A single-use zone token is not an access token.");
  }
  if (type === PROVIDER_TOKEN_TYPE) return verifyProviderToken(token, env);
  return verifyUserToken(token, env);
}

async function verifyProviderToken(token: string, env: Env): Promise<Caller> {
  const { sub: providerId } = await verifyZoneToken(token, env, PROVIDER_TOKEN_TYPE).catch(
    rejectedTokenAs(invalidAccessToken),
  );
  return { kind: "provider", id: providerId };
}
