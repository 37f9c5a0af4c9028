import { env } from "cloudflare:workers";
import { importJWK, SignJWT, type JWTPayload } from "jose";
import { callAs, spaceIdFrom, userToken } from "./api";

/** An access token of a user named in ADMIN_USERS (see vitest.config.ts). */
export function adminToken(): Promise<string> {
  return userToken("admin");
}

/** A provider name that is valid and unique to one test. */
export function uniqueProviderName(prefix = "provider"): string {
  return `${prefix}-${crypto.randomUUID().slice(0, 8)}`;
}

export interface RegisteredProvider {
  readonly providerId: string;
  readonly token: string;
}

/** Registers a fresh provider through the real `POST /providers` as an admin. */
export async function registerProvider(name = uniqueProviderName()): Promise<RegisteredProvider> {
  const response = await callAs(await adminToken(), "POST", "/providers", { name });
  if (response.status !== 201) throw new Error(`provider registration answered ${response.status}`);
  return (await response.json()) as RegisteredProvider;
}

/**
 * A space creation token for the user behind `accessToken`, from the real
 * `/user/spaces/token`: `POST {provider}` when bound, the 3.0 `GET` form otherwise.
 */
export async function spaceCreateToken(accessToken: string, provider?: string): Promise<string> {
  const response =
    provider === undefined
      ? await callAs(accessToken, "GET", "/user/spaces/token")
      : await callAs(accessToken, "POST", "/user/spaces/token", { provider });
  if (response.status !== 200) throw new Error(`space creation token request answered ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

/** Creates a space as `provider` from a fresh token of the user behind `accessToken`; answers its id. */
export async function createProviderSpace(
  provider: RegisteredProvider,
  accessToken: string,
  body: Record<string, unknown> = {},
): Promise<string> {
  const token = await spaceCreateToken(accessToken);
  const response = await callAs(provider.token, "POST", "/spaces", { ...body, token });
  if (response.status !== 201) throw new Error(`provider space creation answered ${response.status}`);
  return spaceIdFrom(response);
}

export interface ZoneTokenOptions {
  readonly typ?: string;
  readonly issuer?: string;
  readonly audience?: string;
  /** Unix seconds; omitted when undefined. */
  readonly exp?: number;
  /** Signs with this private JWK instead of the zone's own key. */
  readonly privateJwk?: Record<string, unknown>;
}

/**
 * Signs an arbitrary token with the zone's signing key (or another key), so
 * tests can craft what the zone itself never issues: expired tokens, foreign
 * issuers, missing claims.
 */
export async function signAsZone(payload: JWTPayload, options: ZoneTokenOptions = {}): Promise<string> {
  const jwk = options.privateJwk ?? (JSON.parse(env.ZONE_SIGNING_KEY) as Record<string, unknown>);
  const alg = String(jwk.alg);
  const key = await importJWK(jwk, alg);
  const jwt = new SignJWT(payload)
    .setProtectedHeader({ alg, kid: String(jwk.kid), typ: options.typ ?? "space-create+jwt" })
    .setIssuer(options.issuer ?? env.ZONE_ISSUER)
    .setAudience(options.audience ?? env.ZONE_ISSUER)
    .setIssuedAt();
  if (options.exp !== undefined) jwt.setExpirationTime(options.exp);
  return jwt.sign(key);
}

/** Counts rows of `table` whose `column` equals `value`, straight from D1. */
export async function countRows(table: string, column: string, value: string): Promise<number> {
  const row = await env.DB.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE ${column} = ?1`)
    .bind(value)
    .first<{ n: number }>();
  return row?.n ?? 0;
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
