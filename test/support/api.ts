import { exports } from "cloudflare:workers";
import { recordExchange } from "../openapi/contract/recordedExchanges";

/**
 * Sends a request to the worker under test through its real `fetch` (router,
 * auth, D1), and records the response for the file's OpenAPI contract check.
 */
export async function send(request: Request): Promise<Response> {
  const response = await exports.default.fetch(request);
  recordExchange(request, response);
  return response;
}

/** Sends a request for `path` (on the test origin) to the worker under test; see `send`. */
export function call(path: string, init: RequestInit = {}): Promise<Response> {
  return send(new Request(new URL(path, "https://spacegate.test"), init));
}

/** A JSON request with an access token in `X-Auth-Token` (Onezone's first header). */
export function callAs(token: string, method: string, path: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { "X-Auth-Token": token };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  return call(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

/** A fresh, unique user id, so tests never share rows. */
export function uniqueUser(prefix = "user"): string {
  return `${prefix}-${crypto.randomUUID()}`;
}

/** The space id from a 201's `Location: /spaces/{id}`. */
export function spaceIdFrom(response: Response): string {
  const match = /^\/spaces\/([0-9a-f]{32})$/.exec(response.headers.get("Location") ?? "");
  if (!match) throw new Error(`no space Location in ${response.status} response`);
  return match[1]!;
}

/** Reads a JSON error body and returns its `error` code, checking the documented shape. */
export async function errorCode(response: Response): Promise<string> {
  if (response.headers.get("Content-Type") !== "application/json") {
    throw new Error(`error response is not JSON: ${response.headers.get("Content-Type")}`);
  }
  const body = (await response.json()) as { error?: unknown; error_description?: unknown };
  if (typeof body.error !== "string" || typeof body.error_description !== "string" || Object.keys(body).length !== 2) {
    throw new Error(`error body has the wrong shape: ${JSON.stringify(body)}`);
  }
  return body.error;
}

/**
 * The methods a 405's `Allow` names, sorted, leaving out `OPTIONS` (answered
 * on every path for CORS preflight), so tests pin exactly the route's methods.
 */
export function allowedMethods(response: Response): string[] {
  return (response.headers.get("Allow") ?? "")
    .split(",")
    .map((method) => method.trim())
    .filter((method) => method !== "" && method !== "OPTIONS")
    .sort();
}
