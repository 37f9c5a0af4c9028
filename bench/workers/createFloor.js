// Reference worker 2, the create floor: only the irreducible work of a user's
// POST /spaces. Verify the token, read the JSON body for the name, and write
// one space row and one owner membership row in one D1 batch (one round trip).
// With CALLER_LIMITER bound, one limit() call comes after the token check.
import { verifiedUser, withinRateLimit } from "./floorAuth.js";

const OWNER_PRIVILEGES = JSON.stringify([
  "space_invite_user", "space_remove_user", "space_invite_group", "space_remove_group", "space_set_privileges",
  "space_remove", "space_add_provider", "space_remove_provider", "space_change_data", "space_view_data",
]);

export default {
  async fetch(request, env) {
    const userId = await verifiedUser(request, env);
    if (userId === undefined) return new Response(null, { status: 401 });
    if (!(await withinRateLimit(env, userId))) return new Response(null, { status: 429 });
    const { name = "Unnamed space" } = await request.json();
    const spaceId = [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, "0")).join("");
    const now = Math.floor(Date.now() / 1000);
    await env.DB.batch([
      env.DB.prepare("INSERT INTO spaces (id, name, creator_type, creator_id, created_at) VALUES (?1, ?2, 'user', ?3, ?4)")
        .bind(spaceId, name, userId, now),
      env.DB.prepare("INSERT INTO space_members (space_id, user_id, privileges, joined_at) VALUES (?1, ?2, ?3, ?4)")
        .bind(spaceId, userId, OWNER_PRIVILEGES, now),
    ]);
    return new Response(null, { status: 201, headers: { Location: `/spaces/${spaceId}` } });
  },
};
