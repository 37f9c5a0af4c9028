import { env } from "cloudflare:workers";
import { base64url, importJWK, SignJWT, type JWK, type JWTHeaderParameters, type JWTPayload, type KeyObject } from "jose";

/*
 * Every token the tests mint: genuine user tokens from the test identity
 * provider, zone tokens signed like the zone's own, and forgeries (exact
 * payloads, foreign keys, unsigned or hand-signed JWS).
 */

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

/** The current time in unix seconds, as the worker reads it. */
export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

/** The claims of a valid user access token for `sub`, valid for one hour; override any of them to forge. */
export function validUserClaims(sub: string): JWTPayload {
  const now = nowSeconds();
  return { iss: env.AUTH_ISSUER, aud: env.AUTH_AUDIENCE, sub, iat: now, exp: now + 3600 };
}

/** The test identity provider's private key (its public half is AUTH_JWKS). */
export function idpPrivateJwk(): JWK & { kid: string } {
  return JSON.parse(env.TEST_IDP_PRIVATE_JWK) as JWK & { kid: string };
}

/**
 * Signs `payload` exactly as given (no defaults added) with the test identity
 * provider's key. The header is `{alg: ES256, kid}` plus `header`.
 */
export async function signAsIdp(payload: JWTPayload, header: Partial<JWTHeaderParameters> = {}): Promise<string> {
  const jwk = idpPrivateJwk();
  const key = await importJWK(jwk, "ES256");
  return signWith(key, payload, { alg: "ES256", kid: jwk.kid, ...header });
}

/** Signs `payload` as given with any key and protected header. */
export function signWith(
  key: CryptoKey | KeyObject | Uint8Array,
  payload: JWTPayload,
  header: JWTHeaderParameters,
): Promise<string> {
  return new SignJWT(payload).setProtectedHeader(header).sign(key);
}

/** A compact JWS with the given header and payload and an empty signature, as `alg: none` tokens look. */
export function unsignedToken(header: Record<string, unknown>, payload: JWTPayload): string {
  const encode = (value: unknown) => base64url.encode(JSON.stringify(value));
  return `${encode(header)}.${encode(payload)}.`;
}

/** The parts of a compact JWS, for tampering with one of them. */
export function splitToken(token: string): { header: string; payload: string; signature: string } {
  const [header, payload, signature] = token.split(".");
  if (header === undefined || payload === undefined || signature === undefined) {
    throw new Error("not a compact JWS");
  }
  return { header, payload, signature };
}

/** A payload segment encoding `payload`, to splice into someone else's signed token. */
export function encodePayload(payload: JWTPayload): string {
  return base64url.encode(JSON.stringify(payload));
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

/** The zone's private signing JWK (ZONE_SIGNING_KEY). */
export function zonePrivateJwk(): JWK & { kid: string; alg: string } {
  return JSON.parse(env.ZONE_SIGNING_KEY) as JWK & { kid: string; alg: string };
}

/** The zone's public JWK, exactly as `/.well-known/jwks.json` publishes it. */
export function zonePublicJwk(): JWK {
  const { kty, crv, x, y, kid, alg } = zonePrivateJwk();
  return { kty, crv, x, y, kid, alg };
}

/** The claims of a valid provider token for `providerId`, as the zone issues them (no `exp`). */
export function validProviderClaims(providerId: string): JWTPayload {
  return { iss: env.ZONE_ISSUER, aud: env.ZONE_ISSUER, sub: providerId, iat: nowSeconds() };
}

/** The claims of a valid space creation token for `userId`, valid for ten minutes. */
export function validCreationClaims(userId: string, extra: JWTPayload = {}): JWTPayload {
  const now = nowSeconds();
  return { iss: env.ZONE_ISSUER, aud: env.ZONE_ISSUER, sub: userId, iat: now, exp: now + 600, jti: crypto.randomUUID(), ...extra };
}

/**
 * Signs `payload` exactly as given (no claims added) with the zone's real
 * key. The header is `{alg, kid}` of that key plus `header`.
 */
export async function signAsZoneExactly(payload: JWTPayload, header: Partial<JWTHeaderParameters> = {}): Promise<string> {
  const jwk = zonePrivateJwk();
  const key = await importJWK(jwk, jwk.alg);
  return signWith(key, payload, { alg: jwk.alg, kid: jwk.kid, ...header });
}

/** A genuine provider token for `providerId`, signed like the zone's own (typ provider+jwt). */
export function providerTokenFor(providerId: string, claims: JWTPayload = {}, header: Partial<JWTHeaderParameters> = {}): Promise<string> {
  return signAsZoneExactly({ ...validProviderClaims(providerId), ...claims }, { typ: "provider+jwt", ...header });
}

/** A fresh, unbound space creation token for `userId`, signed like the zone's own (typ space-create+jwt). */
export function creationTokenFor(userId: string, claims: JWTPayload = {}, header: Partial<JWTHeaderParameters> = {}): Promise<string> {
  return signAsZoneExactly(validCreationClaims(userId, claims), { typ: "space-create+jwt", ...header });
}

/**
 * Signs a compact ES256 JWS by hand, with WebCrypto and no JWS library in the
 * way, so tests can forge headers that a library refuses to produce (an empty
 * `crit`, say). WebCrypto's ECDSA output is already the JWS r||s form (RFC 7518 §3.4).
 */
export async function signEs256Raw(privateJwk: JWK, header: Record<string, unknown>, payload: Record<string, unknown>): Promise<string> {
  const { crv, x, y, d } = privateJwk;
  const key = await crypto.subtle.importKey("jwk", { kty: "EC", crv, x, y, d }, { name: "ECDSA", namedCurve: "P-256" }, false, ["sign"]);
  const signingInput = `${base64url.encode(JSON.stringify(header))}.${base64url.encode(JSON.stringify(payload))}`;
  const signature = await crypto.subtle.sign({ name: "ECDSA", hash: "SHA-256" }, key, new TextEncoder().encode(signingInput));
  return `${signingInput}.${base64url.encode(new Uint8Array(signature))}`;
}
