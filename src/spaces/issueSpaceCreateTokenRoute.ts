import { requireUser } from "../auth/authenticate";
import type { AppRequest } from "../http/AppRequest";
import { jsonResponse } from "../http/jsonResponse";
import { parseInput } from "../http/parseInput";
import { readJsonBody } from "../http/readJsonBody";
import { issueSpaceCreateToken } from "./spaceCreateTokens";
import { SpaceCreateTokenRequestSchema } from "./spaceSchemas";

/**
 * `GET /user/spaces/token` (the Onezone 3.0 form, unbound) and
 * `POST /user/spaces/token {provider?}`: a user's single-use space creation token.
 */
export async function issueSpaceCreateTokenRoute(request: AppRequest, env: Env): Promise<Response> {
  const userId = requireUser(request.caller);
  const { provider } = request.method === "POST" ? parseInput(SpaceCreateTokenRequestSchema, await readJsonBody(request)) : {};
  const token = await issueSpaceCreateToken(env, userId, provider);
  return jsonResponse({ token }, 200, { "Cache-Control": "no-store" });
}
