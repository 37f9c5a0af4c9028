import { env, exports } from "cloudflare:workers";
import { importJWK, SignJWT, type JWTPayload } from "jose";
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

export interface UserTokenOptions {
  readonly claims?: JWTPayload;
  readonly header?: Record<string, unknown>;
  /** Defaults to one hour from now. */
  readonly expiresIn?: string | number;
}

/** A user access token signed by the test identity provider. */
export async function userToken(sub: string | undefined, options: UserTokenOptions = {}): Promise<string> {
  const jwk = JSON.parse(env.TEST_IDP_PRIVATE_JWK);
  const key = await importJWK(jwk, "ES256");
  const jwt = new SignJWT({ ...(sub === undefined ? {} : { sub }), ...options.claims })
    .setProtectedHeader({ alg: "ES256", kid: jwk.kid, ...options.header })
    .setIssuer(env.AUTH_ISSUER)
    .setAudience(env.AUTH_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? "1h");
  return jwt.sign(key);
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
