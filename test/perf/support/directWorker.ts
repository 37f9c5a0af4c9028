import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import worker from "../../../src/index";

/**
 * Calls the worker module's own `fetch` with this test's env plus overrides
 * (a counting D1, a per-test AUTH_JWKS_URL), the way the runtime would, and
 * waits for anything it left in `ctx.waitUntil`.
 */
export async function fetchWorker(
  path: string,
  init: RequestInit,
  overrides: Partial<Env> = {},
): Promise<Response> {
  const ctx = createExecutionContext();
  const request = new Request(new URL(path, "https://spacegate.test"), init) as Parameters<typeof worker.fetch>[0];
  const response = await worker.fetch(request, { ...env, ...overrides }, ctx);
  await waitOnExecutionContext(ctx);
  return response;
}

/** A JSON request with an access token in `X-Auth-Token`, plus any extra headers. */
export function requestAs(token: string, method: string, body?: unknown, headers: Record<string, string> = {}): RequestInit {
  const all: Record<string, string> = { "X-Auth-Token": token, ...headers };
  if (body !== undefined) all["Content-Type"] = "application/json";
  return { method, headers: all, body: body === undefined ? undefined : JSON.stringify(body) };
}
