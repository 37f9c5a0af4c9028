// Reference worker 5, the provider create floor: only the irreducible work of
// a provider's POST /spaces. Verify the provider's zone token and the space
// creation token in the body (both ES256, zone-signed, with their claim
// checks), then one D1 batch (one round trip) that spends the creation token
// and writes the space, the owner's membership and the provider's support,
// each only where the spend succeeded, with the provider still registered.
import { importJWK, jwtVerify } from "jose";

const OWNER_PRIVILEGES = JSON.stringify([
  "space_invite_user", "space_remove_user", "space_invite_group", "space_remove_group", "space_set_privileges",
  "space_remove", "space_add_provider", "space_remove_provider", "space_change_data", "space_view_data",
]);

let zoneKey;

// The verified payload of a zone token of this `typ`, or undefined.
async function verifiedZoneToken(token, env, typ) {
  zoneKey ??= importJWK(JSON.parse(env.FLOOR_ZONE_PUBLIC_JWK), "ES256");
  try {
    const { payload } = await jwtVerify(token, await zoneKey, {
      issuer: env.ZONE_ISSUER,
      audience: env.ZONE_ISSUER,
      typ,
      algorithms: ["ES256"],
      requiredClaims: ["sub"],
    });
    return payload;
  } catch {
    return undefined;
  }
}

export default {
  async fetch(request, env) {
    const provider = await verifiedZoneToken(request.headers.get("X-Auth-Token") ?? "", env, "provider+jwt");
    if (provider === undefined) return new Response(null, { status: 401 });
    const { name = "Unnamed space", token = "", size = null } = await request.json();
    const grant = await verifiedZoneToken(token, env, "space-create+jwt");
    if (grant === undefined || typeof grant.jti !== "string") return new Response(null, { status: 400 });
    const spaceId = [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, "0")).join("");
    const now = Math.floor(Date.now() / 1000);
    const spent = "EXISTS (SELECT 1 FROM spent_tokens WHERE jti = ?1 AND claim_id = ?2)";
    const [claim] = await env.DB.batch([
      env.DB.prepare(`INSERT INTO spent_tokens (jti, kind, claim_id, subject_id, spent_at, expires_at)
        SELECT ?1, 'space-create+jwt', ?2, ?2, ?3, ?4 WHERE EXISTS (SELECT 1 FROM providers WHERE id = ?5)
        ON CONFLICT (jti) DO NOTHING`).bind(grant.jti, spaceId, now, grant.exp, provider.sub),
      env.DB.prepare(`INSERT INTO spaces (id, name, creator_type, creator_id, owner_id, created_at)
        SELECT ?2, ?3, 'provider', ?4, ?5, ?6 WHERE ${spent}`).bind(grant.jti, spaceId, name, provider.sub, grant.sub, now),
      env.DB.prepare(`INSERT INTO space_members (space_id, user_id, privileges, joined_at)
        SELECT ?2, ?3, ?4, ?5 WHERE ${spent}`).bind(grant.jti, spaceId, grant.sub, OWNER_PRIVILEGES, now),
      env.DB.prepare(`INSERT INTO space_supports (space_id, provider_id, size, supported_at)
        SELECT ?2, ?3, ?4, ?5 WHERE ${spent}`).bind(grant.jti, spaceId, provider.sub, size, now),
    ]);
    if (claim.meta.changes !== 1) return new Response(null, { status: 400 });
    return new Response(null, { status: 201, headers: { Location: `/spaces/${spaceId}` } });
  },
};
