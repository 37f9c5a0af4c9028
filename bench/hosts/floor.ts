// The Bun and Deno floors of `npm run bench`: only the irreducible work of a user's
// POST /spaces (verify the ES256 token, one 2-row transaction) and of GET /spaces/{id}
// (verify, one joined read), on the same runtime, HTTP server and node:sqlite file as the host.
// Like the host, it counts each verified request with the in-process caller limiter (the
// host's limiters are always on), with CALLER_RATE_LIMIT as the bench sets it.
import { importJWK, jwtVerify } from "jose";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import process from "node:process";
import { rateLimitersFrom } from "../../hosts/limits/InProcessRateLimiter.ts";
import { serveHttp } from "../../hosts/serve/serveHttp.ts";
import { applyMigrations } from "../../hosts/sqlite/applyMigrations.ts";
import { SqliteDb } from "../../hosts/sqlite/SqliteDb.ts";

const OWNER_PRIVILEGES = JSON.stringify([
  "space_invite_user", "space_remove_user", "space_invite_group", "space_remove_group", "space_set_privileges",
  "space_remove", "space_add_provider", "space_remove_provider", "space_change_data", "space_view_data",
]);

const env = process.env;
mkdirSync(dirname(env.SPACEGATE_DB!), { recursive: true });
const db = new SqliteDb(env.SPACEGATE_DB!);
applyMigrations(db, new URL("../../migrations", import.meta.url).pathname);
const { CALLER_LIMITER } = rateLimitersFrom(env);
const publicKey = await importJWK(JSON.parse(env.FLOOR_PUBLIC_JWK!), "ES256");
const insertSpace = db.compiled("INSERT INTO spaces (id, name, creator_type, creator_id, created_at) VALUES (?1, ?2, 'user', ?3, ?4)");
const insertMember = db.compiled("INSERT INTO space_members (space_id, user_id, privileges, joined_at) VALUES (?1, ?2, ?3, ?4)");
const readSpace = db.compiled(
  `SELECT s.id, s.name, s.creator_type, s.creator_id, s.created_at
   FROM spaces s JOIN space_members m ON m.space_id = s.id AND m.user_id = ?2 WHERE s.id = ?1`,
);

async function verifiedUser(request: Request): Promise<string | undefined> {
  const token = request.headers.get("X-Auth-Token");
  if (!token) return undefined;
  try {
    const { payload } = await jwtVerify(token, publicKey, {
      issuer: env.AUTH_ISSUER!,
      audience: env.AUTH_AUDIENCE!,
      algorithms: ["ES256"],
      requiredClaims: ["sub", "exp"],
    });
    return payload.sub;
  } catch {
    return undefined;
  }
}

async function handle(request: Request): Promise<Response> {
  const userId = await verifiedUser(request);
  if (userId === undefined) return new Response(null, { status: 401 });
  if (!(await CALLER_LIMITER.limit({ key: `user:${userId}` })).success) return new Response(null, { status: 429 });
  if (request.method === "POST") {
    const { name = "Unnamed space" } = (await request.json()) as { name?: string };
    const spaceId = [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, "0")).join("");
    const now = Math.floor(Date.now() / 1000);
    db.exec("BEGIN IMMEDIATE");
    try {
      insertSpace.run(spaceId, name, userId, now);
      insertMember.run(spaceId, userId, OWNER_PRIVILEGES, now);
      db.exec("COMMIT");
    } catch (error) {
      db.exec("ROLLBACK");
      throw error;
    }
    return new Response(null, { status: 201, headers: { Location: `/spaces/${spaceId}` } });
  }
  const row = readSpace.get(new URL(request.url).pathname.split("/").pop()!, userId) as Record<string, string | number> | undefined;
  if (row === undefined) return new Response(null, { status: 404 });
  return Response.json({
    spaceId: row.id,
    name: row.name,
    providers: {},
    creator: { type: row.creator_type, id: row.creator_id },
    creationTime: row.created_at,
  });
}

const server = serveHttp((request) => handle(request), { port: Number(env.PORT), hostname: "127.0.0.1" });
console.error(JSON.stringify({ message: "floor ready", runtime: server.runtime, port: server.port }));
process.on("SIGTERM", () => void server.stop(async () => {}).then(() => (db.close(), process.exit(0))));
