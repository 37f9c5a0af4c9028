// Reference worker 4, the typical-template peer: the same user POST /spaces written the way
// Cloudflare's Hono templates lead a user to write it. hono/jwk verifies the ES256 user token
// (Authorization: Bearer) against the identity provider's JWKS, fetched once per isolate, with
// the issuer and audience checked; @hono/zod-validator validates {name} with zod; one D1 batch
// inserts the space and the owner membership; 201 with Location. With CALLER_LIMITER bound, a
// middleware after the token check makes one limit() call per caller, as Cloudflare's
// rate-limiting examples for Hono do.
import { zValidator } from "@hono/zod-validator";
import { Hono } from "hono";
import { jwk } from "hono/jwk";
import { z } from "zod";

const OWNER_PRIVILEGES = JSON.stringify([
  "space_invite_user", "space_remove_user", "space_invite_group", "space_remove_group", "space_set_privileges",
  "space_remove", "space_add_provider", "space_remove_provider", "space_change_data", "space_view_data",
]);

const createSpaceBody = z.object({ name: z.string().min(2).max(128).default("Unnamed space") });

let keys;
let auth;
const app = new Hono();

app.use("/spaces", (c, next) => {
  auth ??= jwk({
    keys: async () => (keys ??= fetch(c.env.AUTH_JWKS_URL).then((response) => response.json()).then((jwks) => jwks.keys)),
    alg: ["ES256"],
    verification: { iss: c.env.AUTH_ISSUER, aud: c.env.AUTH_AUDIENCE, typ: "at+jwt" },
  });
  return auth(c, next);
});

app.use("/spaces", async (c, next) => {
  const limiter = c.env.CALLER_LIMITER;
  if (limiter !== undefined && !(await limiter.limit({ key: `user:${c.get("jwtPayload").sub}` })).success) {
    return c.body(null, 429);
  }
  await next();
});

app.post("/spaces", zValidator("json", createSpaceBody), async (c) => {
  const userId = c.get("jwtPayload").sub;
  const { name } = c.req.valid("json");
  const spaceId = crypto.randomUUID().replaceAll("-", "");
  const now = Math.floor(Date.now() / 1000);
  await c.env.DB.batch([
    c.env.DB.prepare("INSERT INTO spaces (id, name, creator_type, creator_id, created_at) VALUES (?1, ?2, 'user', ?3, ?4)")
      .bind(spaceId, name, userId, now),
    c.env.DB.prepare("INSERT INTO space_members (space_id, user_id, privileges, joined_at) VALUES (?1, ?2, ?3, ?4)")
      .bind(spaceId, userId, OWNER_PRIVILEGES, now),
  ]);
  return c.body(null, 201, { Location: `/spaces/${spaceId}` });
});

export default app;
