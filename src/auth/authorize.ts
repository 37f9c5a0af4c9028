import { parseList } from "../common/settings";
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
 * the route declares (403). Runs before the body is read, as in Onezone.
 */
export async function authorize(auth: Exclude<RouteAuth, "public">, request: AppRequest, env: Env): Promise<Caller> {
  const caller = await authenticate(request, env);
  const allowed = auth === "any" || (auth === "admin" ? isAdmin(caller, env) : caller.kind === auth);
  if (!allowed) throw new ApiError(403, "forbidden", REFUSALS[auth as keyof typeof REFUSALS]);
  return caller;
}

/** Whether the caller is a user named in `ADMIN_USERS`. */
export function isAdmin(caller: Caller, env: Env): boolean {
  return caller.kind === "user" && parseList(env.ADMIN_USERS).includes(caller.id);
}
