// Shared by the floor workers: the irreducible authentication of a user
// request. The same ES256 user token spacegate gets, verified with jose
// against a key imported once per isolate, with the same claim checks; and,
// where the CALLER_LIMITER rate-limiting binding is configured, the one
// limit() call a rate-limited API cannot do without.
import { importJWK, jwtVerify } from "jose";

let publicKey;

/** The verified `sub` of the request's X-Auth-Token, or undefined. */
export async function verifiedUser(request, env) {
  publicKey ??= importJWK(JSON.parse(env.FLOOR_PUBLIC_JWK), "ES256");
  const token = request.headers.get("X-Auth-Token");
  if (!token) return undefined;
  try {
    const { payload } = await jwtVerify(token, await publicKey, {
      issuer: env.AUTH_ISSUER,
      audience: env.AUTH_AUDIENCE,
      algorithms: ["ES256"],
      requiredClaims: ["sub", "exp"],
    });
    return payload.sub;
  } catch {
    return undefined;
  }
}

/**
 * Whether the verified user's request fits the CALLER_LIMITER binding: one
 * limit() call keyed by the caller, as spacegate makes it. Always true when
 * the binding is not configured.
 */
export async function withinRateLimit(env, userId) {
  if (env.CALLER_LIMITER === undefined) return true;
  return (await env.CALLER_LIMITER.limit({ key: `user:${userId}` })).success;
}
