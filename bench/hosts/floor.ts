// The Bun and Deno floors of `npm run bench`: only the irreducible work of a user's
// POST /spaces (verify the ES256 token, one 2-row transaction) and of GET /spaces/{id}
// (verify, one joined read), on the same runtime and HTTP server as the host, over the
// same database: the node:sqlite file at SPACEGATE_DB, or PostgreSQL at DATABASE_URL through
// the host's own Db (hosts/openDatabase.ts: the same `pg` pool of DATABASE_POOL_MAX
// connections, the same pipelined SERIALIZABLE transaction for the write).
// Like the host, it counts each verified request with the in-process caller limiter (the
// host's limiters are always on), with CALLER_RATE_LIMIT as the bench sets it.
import { importJWK, jwtVerify } from "jose";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import process from "node:process";
import { rateLimitersFrom } from "../../hosts/limits/InProcessRateLimiter.ts";
import { openDatabase } from "../../hosts/openDatabase.ts";
import { serveHttp } from "../../hosts/serve/serveHttp.ts";
import { applyMigrations } from "../../hosts/sqlite/applyMigrations.ts";
import { SqliteDb } from "../../hosts/sqlite/SqliteDb.ts";

const OWNER_PRIVILEGES = JSON.stringify([
  "space_invite_user", "space_remove_user", "space_invite_group", "space_remove_group", "space_set_privileges",
  "space_remove", "space_add_provider", "space_remove_provider", "space_change_data", "space_view_data",
]);
const INSERT_SPACE = "INSERT INTO spaces (id, name, creator_type, creator_id, created_at) VALUES (?, ?, 'user', ?, ?)";
const INSERT_MEMBER = "INSERT INTO space_members (space_id, user_id, privileges, joined_at) VALUES (?, ?, ?, ?)";
const READ_SPACE = `SELECT s.id, s.name, s.creator_type, s.creator_id, s.created_at
   FROM spaces s JOIN space_members m ON m.space_id = s.id AND m.user_id = ? WHERE s.id = ?`;

type SpaceRow = Record<string, string | number>;
/** The floor's two operations on its database, and how to close it. */
interface FloorStore {
  create(spaceId: string, name: string, userId: string, now: number): Promise<void>;
  read(spaceId: string, userId: string): Promise<SpaceRow | undefined>;
  close(): Promise<void>;
}

/** node:sqlite, compiled statements, one BEGIN IMMEDIATE transaction for the write. */
function sqliteStore(path: string): FloorStore {
  mkdirSync(dirname(path), { recursive: true });
  const db = new SqliteDb(path);
  applyMigrations(db, new URL("../../migrations", import.meta.url).pathname);
  const insertSpace = db.compiled(INSERT_SPACE);
  const insertMember = db.compiled(INSERT_MEMBER);
  const readSpace = db.compiled(READ_SPACE);
  return {
    async create(spaceId, name, userId, now) {
      db.exec("BEGIN IMMEDIATE");
      try {
        insertSpace.run(spaceId, name, userId, now);
        insertMember.run(spaceId, userId, OWNER_PRIVILEGES, now);
        db.exec("COMMIT");
      } catch (error) {
        db.exec("ROLLBACK");
        throw error;
      }
    },
    read: async (spaceId, userId) => readSpace.get(userId, spaceId) as SpaceRow | undefined,
    close: async () => db.close(),
  };
}

/** PostgreSQL through the host's Db: the write is one batch (one pipelined SERIALIZABLE transaction), the read one statement. */
async function postgresStore(environment: Record<string, string | undefined>): Promise<FloorStore> {
  const { db, close } = await openDatabase(environment, resolve(import.meta.dirname ?? ".", "../.."));
  return {
    async create(spaceId, name, userId, now) {
      await db.batch([db.prepare(INSERT_SPACE).bind(spaceId, name, userId, now), db.prepare(INSERT_MEMBER).bind(spaceId, userId, OWNER_PRIVILEGES, now)]);
    },
    read: async (spaceId, userId) => (await db.prepare(READ_SPACE).bind(userId, spaceId).first<SpaceRow>()) ?? undefined,
    close,
  };
}

const env = process.env;
const store = env.DATABASE_URL ? await postgresStore(env) : sqliteStore(env.SPACEGATE_DB!);
const { CALLER_LIMITER } = rateLimitersFrom(env);
const publicKey = await importJWK(JSON.parse(env.FLOOR_PUBLIC_JWK!), "ES256");

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
    await store.create(spaceId, name, userId, Math.floor(Date.now() / 1000));
    return new Response(null, { status: 201, headers: { Location: `/spaces/${spaceId}` } });
  }
  const row = await store.read(new URL(request.url).pathname.split("/").pop()!, userId);
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
process.on("SIGTERM", () => void server.stop(async () => {}).then(() => store.close()).then(() => process.exit(0)));
