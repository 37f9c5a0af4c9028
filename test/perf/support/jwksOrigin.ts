import { env } from "cloudflare:workers";
import { exportJWK, generateKeyPair, SignJWT, type JWK } from "jose";
import { vi } from "vitest";

/** A JWKS origin that only this test can reach: the worker's global `fetch`, stubbed for one URL. */
export interface JwksOrigin {
  /** A URL unique to one test, so neither the isolate nor the Cache API holds its keys yet. */
  readonly url: string;
  /** The keys it serves now; a test rotates keys by replacing them. */
  keys: JWK[];
  /** The status it answers with; anything but 200 is an outage. */
  status: number;
  /** How many times the worker fetched it. */
  readonly hits: () => number;
}

/**
 * Stubs the global `fetch` with a JWKS origin at a fresh URL. Only the origin
 * is mocked: jose verifies for real, and the Cache API is the real one.
 * Undo with `vi.unstubAllGlobals()`.
 */
export function stubJwksOrigin(keys: JWK[]): JwksOrigin {
  let hits = 0;
  const origin: JwksOrigin = {
    url: `https://idp-${crypto.randomUUID()}.test/.well-known/jwks.json`,
    keys,
    status: 200,
    hits: () => hits,
  };
  vi.stubGlobal("fetch", async (input: RequestInfo | URL) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url !== origin.url) throw new Error(`unexpected outbound fetch to ${url}`);
    hits++;
    if (origin.status !== 200) return new Response("unavailable", { status: origin.status });
    return Response.json({ keys: origin.keys });
  });
  return origin;
}

/** An identity-provider signing key: its public JWK (for an origin) and a token minter for it. */
export interface IdpKey {
  readonly publicJwk: JWK;
  readonly mint: (sub: string) => Promise<string>;
}

/** A fresh ES256 identity-provider key with this `kid`. */
export async function createIdpKey(kid: string): Promise<IdpKey> {
  const { publicKey, privateKey } = await generateKeyPair("ES256", { extractable: true });
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: "ES256", use: "sig" };
  const mint = (sub: string) =>
    new SignJWT({})
      .setProtectedHeader({ alg: "ES256", kid })
      .setIssuer(env.AUTH_ISSUER)
      .setAudience(env.AUTH_AUDIENCE)
      .setSubject(sub)
      .setIssuedAt()
      .setExpirationTime("1h")
      .sign(privateKey);
  return { publicJwk, mint };
}
