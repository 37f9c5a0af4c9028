// The Bun and Deno floors of `npm run bench`: only the irreducible work of a user's
// POST /spaces (verify the ES256 token, one 2-row transaction) and of GET /spaces/{id}
// (verify, one joined read), on the same runtime and HTTP server as the host.
// Over the node:sqlite file at SPACEGATE_DB, the floor's own two inserts and join.
// Over PostgreSQL at DATABASE_URL, as issue 18 sets that floor: the same statements as
// spacegate, with the same driver and Db (hosts/openDatabase.ts: the same `pg` pool of
// DATABASE_POOL_MAX connections, the create as one pipelined SERIALIZABLE transaction), so
// spacegate's own store functions run them, without its router, validation and responses.
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
/** The floor's two operations on its database (the read answers the response body), and how to close it. */
interface FloorStore {
  create(spaceId: string, name: string, userId: string, now: number): Promise<void>;
  read(spaceId: string, userId: string): Promise<object | undefined>;
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
    async read(spaceId, userId) {
      const row = readSpace.get(userId, spaceId) as SpaceRow | undefined;
      return row && {
        spaceId: row.id,
        name: row.name,
        providers: {},
        creator: { type: row.creator_type, id: row.creator_id },
        creationTime: row.created_at,
      };
    },
    close: async () => db.close(),
  };
}

// spacegate's store functions, imported by a computed path (as hosts/runWorker.ts imports src/) so
// that this file type-checks with Node's types; the parts of their types the floor uses.
type Db = Awaited<ReturnType<typeof openDatabase>>["db"];
interface CreationStore {
  createSpaceAtomically(db: Db, creation: {
    spaceId: string; name: string; ownerId: string; createdAt: number; creator: { type: "user"; id: string }; quota: number;
  }): Promise<{ kind: string }>;
}
interface SpaceStore {
  readSpace(db: Db, spaceId: string, caller: { kind: "user"; id: string }): Promise<{ kind: string; value?: object }>;
}
const CREATION_STORE = "../../src/creation/creationStore.ts";
const SPACE_STORE = "../../src/spaces/spaceStore.ts";

/** PostgreSQL through the host's Db, with spacegate's own statements: its create batch and its read of one space. */
async function postgresStore(environment: Record<string, string | undefined>): Promise<FloorStore> {
  const { db, close } = await openDatabase(environment, resolve(import.meta.dirname ?? ".", "../.."));
  const { createSpaceAtomically } = (await import(CREATION_STORE)) as CreationStore;
  const { readSpace } = (await import(SPACE_STORE)) as SpaceStore;
  const quota = Number(environment.MAX_SPACES_PER_USER ?? 0);
  return {
    async create(spaceId, name, userId, now) {
      const outcome = await createSpaceAtomically(db, { spaceId, name, ownerId: userId, createdAt: now, creator: { type: "user", id: userId }, quota });
      if (outcome.kind !== "created") throw new Error(`the floor's create answered ${outcome.kind}`);
    },
    async read(spaceId, userId) {
      const outcome = await readSpace(db, spaceId, { kind: "user", id: userId });
      return outcome.kind === "ok" ? outcome.value : undefined;
    },
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
  const space = await store.read(new URL(request.url).pathname.split("/").pop()!, userId);
  return space === undefined ? new Response(null, { status: 404 }) : Response.json(space);
}

const server = serveHttp((request) => handle(request), { port: Number(env.PORT), hostname: "127.0.0.1" });
console.error(JSON.stringify({ message: "floor ready", runtime: server.runtime, port: server.port }));
process.on("SIGTERM", () => void server.stop(async () => {}).then(() => store.close()).then(() => process.exit(0)));
