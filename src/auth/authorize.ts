import { parseList } from "../common/settings";
import { clientAddress } from "../http/clientAddress";
import { enforceRateLimit } from "../limits/rateLimits";
import { ApiError } from "../http/ApiError";
import type { AppRequest } from "../http/AppRequest";
import type { RouteAuth } from "../http/RouteDefinition";
import { authenticate } from "./authenticate";
import type { Caller } from "./Caller";

const REFUSALS = {
  user: "Only users may do this.",
  provider: "Only providers may do this.",
  admin: "Only zone administrators may do this.",
} as const;

/**
 * Authenticates the request (401) and checks that the caller is of the kind
 * the route declares (403). Runs before the body is read, as in Onezone. A
 * failed authentication counts against the client address's limit, which
 * slows token guessing: past it, the answer is 429 instead of 401. With
 * `registration: false` a provider's registration is left to the route's batch.
 */
export async function authorize(
  auth: Exclude<RouteAuth, "public">,
  request: AppRequest,
  env: Env,
  checks: { readonly registration: boolean },
): Promise<Caller> {
  const caller = await authenticate(request, env, checks).catch(async (thrown: unknown) => {
    if (thrown instanceof ApiError && thrown.status === 401) {
      await enforceRateLimit(env.ANONYMOUS_LIMITER, clientAddress(request));
    }
    throw thrown;
  });
  const allowed = auth === "any" || (auth === "admin" ? isAdmin(caller, env) : caller.kind === auth);
  if (!allowed) throw new ApiError(403, "forbidden", REFUSALS[auth as keyof typeof REFUSALS]);
  return caller;
}

/** Whether the caller is a user named in `ADMIN_USERS`. */
export function isAdmin(caller: Caller, env: Env): boolean {
  return caller.kind === "user" && parseList(env.ADMIN_USERS).includes(caller.id);
}
