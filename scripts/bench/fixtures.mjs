// Keys, tokens, a local JWKS origin and seed data for the benchmark. Everything is local:
// the JWKS origin listens on 127.0.0.1 and counts how often the workers fetch it.
import { createServer } from "node:http";
import { randomUUID } from "node:crypto";
import { exportJWK, generateKeyPair, SignJWT } from "jose";

export const ISSUER = "http://127.0.0.1/bench-idp";
export const AUDIENCE = "spacegate-bench";
export const ZONE_ISSUER = "http://127.0.0.1/bench-zone";
export const ADMIN_USER = "bench-admin";
// Lifetime of every token the benchmark mints, in seconds: longer than any run.
const TOKEN_TTL_SECONDS = 2 * 60 * 60;

/** A fresh identity-provider key (ES256, as the issue's floors use) and zone signing key. */
export async function createBenchKeys() {
  const idp = await generateKeyPair("ES256", { extractable: true });
  const zone = await generateKeyPair("ES256", { extractable: true });
  const idpPublicJwk = { ...(await exportJWK(idp.publicKey)), kid: "bench-idp-1", alg: "ES256", use: "sig" };
  const zonePrivateJwk = { ...(await exportJWK(zone.privateKey)), kid: "bench-zone-1", alg: "ES256" };
  const zonePublicJwk = { ...(await exportJWK(zone.publicKey)), kid: "bench-zone-1", alg: "ES256" };
  return { idp, zone, idpPublicJwk, zonePrivateJwk, zonePublicJwk };
}

/** An ES256 token with these header and claims; `jti` and `ttlSeconds` only when given. */
function signToken(privateKey, { kid, typ, issuer, audience, subject, jti, ttlSeconds }) {
  const jwt = new SignJWT({}).setProtectedHeader({ alg: "ES256", kid, typ }).setIssuer(issuer).setAudience(audience).setSubject(subject).setIssuedAt();
  if (jti !== undefined) jwt.setJti(jti);
  if (ttlSeconds !== undefined) jwt.setExpirationTime(`${ttlSeconds}s`);
  return jwt.sign(privateKey);
}

/** A user access token, ES256, with `typ: at+jwt` like an OIDC provider's. */
export function mintUserToken(keys, userId) {
  const claims = { issuer: ISSUER, audience: AUDIENCE, subject: userId, ttlSeconds: TOKEN_TTL_SECONDS };
  return signToken(keys.idp.privateKey, { kid: keys.idpPublicJwk.kid, typ: "at+jwt", ...claims });
}

/** `count` single-use space creation tokens for `userId`, minted ahead with the zone key. */
export async function mintSpaceCreateTokens(keys, userId, count) {
  const tokens = [];
  for (let i = 0; i < count; i++) {
    const jti = randomUUID().replaceAll("-", "");
    tokens.push(await signToken(keys.zone.privateKey, { ...zoneClaims(keys, "space-create+jwt", userId), jti, ttlSeconds: TOKEN_TTL_SECONDS }));
  }
  return tokens;
}

/** Serves the identity provider's JWKS on 127.0.0.1; `hits()` counts the fetches. */
export async function startJwksOrigin(keys) {
  let hits = 0;
  const body = JSON.stringify({ keys: [keys.idpPublicJwk] });
  const server = createServer((_request, response) => {
    hits++;
    response.writeHead(200, { "Content-Type": "application/json" }).end(body);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${server.address().port}/.well-known/jwks.json`;
  return { url, hits: () => hits, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** spacegate's configuration: wrangler.toml's vars with the benchmark's keys, keys fetched from `jwksUrl`. */
export function spacegateBindings(vars, keys, jwksUrl) {
  return {
    ...vars,
    AUTH_ISSUER: ISSUER,
    AUTH_AUDIENCE: AUDIENCE,
    AUTH_JWKS_URL: jwksUrl,
    AUTH_JWKS: "",
    ZONE_ISSUER,
    ZONE_SIGNING_KEY: JSON.stringify(keys.zonePrivateJwk),
    ADMIN_USERS: ADMIN_USER,
    // One user creates tens of thousands of spaces in a run. The quota check counts up to
    // MAX_SPACES_PER_USER of that user's spaces, so any quota would either refuse the creates
    // or make each one count the whole run's spaces; like the floors, run without one (0).
    // No rate-limiting bindings either: no limiter is consulted.
    MAX_SPACES_PER_USER: "0",
  };
}

/** The floors' configuration: the same issuer, audience and public key. */
export function floorBindings(keys) {
  return { AUTH_ISSUER: ISSUER, AUTH_AUDIENCE: AUDIENCE, FLOOR_PUBLIC_JWK: JSON.stringify(keys.idpPublicJwk) };
}

/** The provider create floor's configuration: the zone's issuer and public key. */
export function providerFloorBindings(keys) {
  return { ZONE_ISSUER, FLOOR_ZONE_PUBLIC_JWK: JSON.stringify(keys.zonePublicJwk) };
}

/** A provider's zone token, as spacegate signs one at registration, for a provider the floor knows. */
export function mintProviderToken(keys, providerId) {
  return signToken(keys.zone.privateKey, zoneClaims(keys, "provider+jwt", providerId));
}

// The header and claims of a zone token: the zone is its issuer and audience.
function zoneClaims(keys, typ, subject) {
  return { kid: keys.zonePrivateJwk.kid, typ, issuer: ZONE_ISSUER, audience: ZONE_ISSUER, subject };
}

/** Registers a provider straight in a floor's D1, as spacegate's registration writes it. */
export async function seedFloorProvider(db, providerId) {
  await db.prepare("INSERT INTO providers (id, name, created_at) VALUES (?1, 'Bench provider', ?2)")
    .bind(providerId, Math.floor(Date.now() / 1000)).run();
}

/** The Hono peer's configuration: the same issuer and audience, keys fetched from `jwksUrl`. */
export function peerBindings(jwksUrl) {
  return { AUTH_ISSUER: ISSUER, AUTH_AUDIENCE: AUDIENCE, AUTH_JWKS_URL: jwksUrl };
}

/** Registers a provider through spacegate's own API; answers its token. */
export async function registerProvider(baseUrl, adminToken) {
  const response = await fetch(new URL("/providers", baseUrl), {
    method: "POST",
    headers: { "X-Auth-Token": adminToken, "Content-Type": "application/json" },
    body: JSON.stringify({ name: "Bench provider" }),
  });
  if (response.status !== 201) throw new Error(`provider registration answered ${response.status}: ${await response.text()}`);
  return (await response.json()).token;
}

/** Creates `count` spaces as a user through spacegate's own API; answers their ids. */
export async function createSpaces(baseUrl, userToken, count) {
  const ids = [];
  for (let i = 0; i < count; i++) {
    const response = await fetch(new URL("/spaces", baseUrl), {
      method: "POST",
      headers: { "X-Auth-Token": userToken, "Content-Type": "application/json" },
      body: JSON.stringify({ name: `Bench space ${i}` }),
    });
    if (response.status !== 201) throw new Error(`seeding a space answered ${response.status}: ${await response.text()}`);
    ids.push(response.headers.get("Location").split("/").pop());
  }
  return ids;
}

/** Writes the same kind of rows straight into a floor's D1: `count` spaces owned by `userId`. */
export async function seedFloorSpaces(db, userId, count) {
  const ids = [];
  const now = Math.floor(Date.now() / 1000);
  const statements = [];
  for (let i = 0; i < count; i++) {
    const id = randomUUID().replaceAll("-", "");
    ids.push(id);
    statements.push(
      db.prepare("INSERT INTO spaces (id, name, creator_type, creator_id, created_at) VALUES (?1, ?2, 'user', ?3, ?4)")
        .bind(id, `Bench space ${i}`, userId, now),
      db.prepare("INSERT INTO space_members (space_id, user_id, privileges, joined_at) VALUES (?1, ?2, '[\"space_view_data\"]', ?3)")
        .bind(id, userId, now),
    );
  }
  await db.batch(statements);
  return ids;
}

/** Workers' rate-limiting bindings as wrangler.toml names them, with limits the bench never reaches. */
export const UNREACHED_RATE_LIMITS = {
  CALLER_LIMITER: { namespace_id: "1001", simple: { limit: 1_000_000_000, period: 60 } },
  ANONYMOUS_LIMITER: { namespace_id: "1002", simple: { limit: 1_000_000_000, period: 60 } },
};

/** One JSON call to spacegate's own API that must answer `status`; answers the response. */
async function apiCall(baseUrl, token, method, path, body, status) {
  const response = await fetch(new URL(path, baseUrl), {
    method,
    headers: { "X-Auth-Token": token, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status !== status) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  return response;
}

/**
 * Makes `readerToken`'s user a member of `spaceId` through a chain of `levels`
 * groups, through spacegate's own API: the user joins the bottom group, each
 * group is nested in the next, and the top group joins the space (with
 * `space_view_data`). The groups belong to `ownerToken`'s user.
 */
export async function seedGroupChain(baseUrl, { ownerToken, readerToken, spaceOwnerToken, spaceId, levels }) {
  const groups = [];
  for (let level = 0; level < levels; level++) {
    const created = await apiCall(baseUrl, ownerToken, "POST", "/groups", { name: `Bench level ${level}` }, 201);
    groups.push(created.headers.get("Location").split("/").pop());
  }
  const tokenOf = async (token, path) => (await (await apiCall(baseUrl, token, "GET", path, undefined, 200)).json()).token;
  for (let level = 1; level < levels; level++) {
    const nest = await tokenOf(ownerToken, `/groups/${groups[level]}/nested/token`);
    await apiCall(baseUrl, ownerToken, "POST", `/groups/${groups[level - 1]}/nested/join`, { token: nest }, 201);
  }
  await apiCall(baseUrl, readerToken, "POST", "/user/groups/join", { token: await tokenOf(ownerToken, `/groups/${groups[0]}/users/token`) }, 201);
  const invite = await tokenOf(spaceOwnerToken, `/spaces/${spaceId}/groups/token`);
  await apiCall(baseUrl, ownerToken, "POST", `/groups/${groups[levels - 1]}/spaces/join`, { token: invite }, 201);
  return groups;
}
