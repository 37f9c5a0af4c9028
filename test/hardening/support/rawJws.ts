import { base64url, type JWK } from "jose";

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
