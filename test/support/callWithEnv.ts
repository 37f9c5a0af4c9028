import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import worker from "../../src/index";
import { recordExchange } from "../openapi/contract/recordedExchanges";

/**
 * Sends a request through the worker's own `fetch` with some configuration
 * changed (say CORS_ORIGINS), which the shared test worker cannot do. The
 * response is recorded for the OpenAPI contract check like `call`'s.
 */
export async function callWithEnv(path: string, init: RequestInit, overrides: Partial<Env>): Promise<Response> {
  const request = new Request(new URL(path, "https://spacegate.test"), init);
  const ctx = createExecutionContext();
  const response = await worker.fetch(request as Request<unknown, IncomingRequestCfProperties>, { ...env, ...overrides }, ctx);
  await waitOnExecutionContext(ctx);
  recordExchange(request, response);
  return response;
}
