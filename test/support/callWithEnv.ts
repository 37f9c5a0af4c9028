import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import worker from "../../src/index";
import { recordExchange } from "../openapi/contract/recordedExchanges";

/**
 * Sends a request through the worker module's own `fetch` with this test's
 * env plus overrides (CORS_ORIGINS, a counting D1, a per-test AUTH_JWKS_URL),
 * which the shared test worker cannot do, the way the runtime would: it waits
 * for anything left in `ctx.waitUntil`. The response is recorded for the
 * OpenAPI contract check like `call`'s.
 */
export async function callWithEnv(path: string, init: RequestInit, overrides: Partial<Env> = {}): Promise<Response> {
  const request = new Request(new URL(path, "https://spacegate.test"), init);
  const ctx = createExecutionContext();
  const response = await worker.fetch(request as Request<unknown, IncomingRequestCfProperties>, { ...env, ...overrides }, ctx);
  await waitOnExecutionContext(ctx);
  recordExchange(request, response);
  return response;
}

/** A JSON request with an access token in `X-Auth-Token`, plus any extra headers. */
export function requestAs(token: string, method: string, body?: unknown, headers: Record<string, string> = {}): RequestInit {
  const all: Record<string, string> = { "X-Auth-Token": token, ...headers };
  if (body !== undefined) all["Content-Type"] = "application/json";
  return { method, headers: all, body: body === undefined ? undefined : JSON.stringify(body) };
}
