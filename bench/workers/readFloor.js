// Reference worker 3, the read floor: only the irreducible work of
// GET /spaces/{id}. Verify the token, then read one space joined to the
// caller's membership in one query (one round trip), and answer it as JSON.
// With CALLER_LIMITER bound, one limit() call comes between the two.
import { verifiedUser, withinRateLimit } from "./floorAuth.js";

export default {
  async fetch(request, env) {
    const userId = await verifiedUser(request, env);
    if (userId === undefined) return new Response(null, { status: 401 });
    if (!(await withinRateLimit(env, userId))) return new Response(null, { status: 429 });
    const spaceId = new URL(request.url).pathname.split("/").pop();
    const row = await env.DB.prepare(
      `SELECT s.id, s.name, s.creator_type, s.creator_id, s.created_at
       FROM spaces s JOIN space_members m ON m.space_id = s.id AND m.user_id = ?2
       WHERE s.id = ?1`,
    )
      .bind(spaceId, userId)
      .first();
    if (row === null) return new Response(null, { status: 404 });
    return Response.json({
      spaceId: row.id,
      name: row.name,
      providers: {},
      creator: { type: row.creator_type, id: row.creator_id },
      creationTime: row.created_at,
    });
  },
};
