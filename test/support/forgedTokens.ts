import { env } from "cloudflare:workers";
import { base64url, importJWK, SignJWT, type JWK, type JWTHeaderParameters, type JWTPayload, type KeyObject } from "jose";

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
