// The PostgreSQL `Db` (src/postgres/PostgresDb.ts) against a real server: D1's result shapes,
// batches that are one serializable transaction in one round trip, retried on serialization
// failures without writing anything twice, and a typed "unavailable" error when retries run out
// or the server cannot be reached.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPostgresPool } from "../../hosts/postgres/createPostgresPool.ts";
import { POSTGRES_BOOKMARK, PostgresDb } from "../../src/postgres/PostgresDb.ts";
import { DatabaseUnavailableError } from "../../src/common/DatabaseUnavailableError.ts";
import { countRoundTrips } from "./support/countRoundTrips.ts";
import { createTestDatabase } from "./support/testDatabase.ts";
import { freePort } from "../e2e/support/hostProcess.ts";

let url: string;
let pool: pg.Pool;
let db: PostgresDb;
let trips: ReturnType<typeof countRoundTrips>;
beforeAll(async () => {
  url = await createTestDatabase({ migrated: true });
  pool = createPostgresPool({ url, max: 4 });
  trips = countRoundTrips(pool);
  db = new PostgresDb(pool);
});
afterAll(() => db?.close());

const insertProvider = (id: string, createdAt = 1, on: PostgresDb = db) =>
  on.prepare("INSERT INTO providers (id, name, created_at) VALUES (?, ?, ?)").bind(id, `provider ${id}`, createdAt);
const providerIds = async () => (await db.prepare("SELECT id FROM providers ORDER BY id").raw<[string]>()).map(([id]) => id);

/** A raw connection of its own, for a concurrent transaction the adapter knows nothing of. */
async function otherClient(): Promise<pg.Client> {
  const client = new pg.Client(url);
  await client.connect();
  return client;
}

/** Waits until at least `backends` backends of this database wait for a lock (the adapter's statement, blocked). */
async function untilBlocked(client: pg.Client, backends = 1): Promise<void> {
  for (let i = 0; i < 500; i++) {
    const { rows } = await client.query("SELECT COUNT(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'");
    if (rows[0].n >= backends) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error("the adapter's statement never waited for the lock");
}

/**
 * Makes the adapter's transaction fail to serialize `times` times: each time another
 * transaction holds the provider row, the adapter's UPDATE waits for it, and the other
 * commits a change to it, which a SERIALIZABLE transaction that started before cannot
 * build on (SQLSTATE 40001). The next holder queues for the row before the one before
 * commits, so it holds the row before the adapter's retry comes, however late that is.
 */
async function conflictWith(times: number, id: string, work: () => Promise<unknown>): Promise<unknown> {
  // Holders run in transactions; the one watching the locks runs none (a transaction sees activity as of its start).
  const watcher = await otherClient();
  const holders: pg.Client[] = [];
  const hold = async () => {
    const holder = await otherClient();
    holders.push(holder);
    await holder.query("BEGIN");
    return holder;
  };
  const change = (holder: pg.Client) => holder.query("UPDATE providers SET name = name || '+other' WHERE id = $1", [id]);
  try {
    let holder = await hold();
    await change(holder);
    const outcome = work().then((value) => ({ value }), (error: unknown) => ({ error }));
    for (let i = 0; i < times; i++) {
      await untilBlocked(watcher);
      if (i + 1 === times) {
        await holder.query("COMMIT");
        break;
      }
      // Behind the adapter's statement in the row's queue: it takes the row as the adapter fails.
      const next = await hold();
      const taken = change(next);
      await untilBlocked(watcher, 2);
      await holder.query("COMMIT");
      await taken;
      holder = next;
    }
    return await outcome;
  } finally {
    await Promise.all([watcher, ...holders].map((client) => client.end()));
  }
}

describe("PostgresDb statements", () => {
  it("numbers ? placeholders (not those in literals) and answers in D1's shapes", async () => {
    await insertProvider("shape-a", 2 ** 40).run();
    const row = await db.prepare("SELECT id, created_at, '?' AS mark, COUNT(*) OVER () AS total, '[1,2]'::json AS list, ? AS flag FROM providers WHERE id = ?")
      .bind(true, "shape-a").first();
    expect(row).toEqual({ id: "shape-a", created_at: 2 ** 40, mark: "?", total: 1, list: "[1,2]", flag: "1" });
    expect((await db.prepare("SELECT name FROM providers WHERE id = ?").bind("shape-a").first<Record<string, unknown>>())?.name).toBe("provider shape-a");
    expect(await db.prepare("SELECT name FROM providers WHERE id = ?").bind("nobody").first()).toBeNull();
    expect(await db.prepare("SELECT id, created_at FROM providers WHERE id = ?").bind("shape-a").raw()).toEqual([["shape-a", 2 ** 40]]);
    const updated = await db.prepare("UPDATE providers SET name = ? WHERE id LIKE 'shape-%'").bind("renamed").run();
    expect(updated.meta.changes).toBe(1);
    const read = await db.prepare("SELECT id FROM providers").all();
    expect(read.meta.changes).toBe(0);
    await expect(db.prepare("SELECT ? AS a").bind(undefined).first()).rejects.toThrow(TypeError);
  });

  it("runs every statement at SERIALIZABLE, alone and in a batch", async () => {
    const level = "SELECT current_setting('transaction_isolation') AS level";
    expect((await db.prepare(level).first<Record<string, unknown>>())?.level).toBe("serializable");
    const [result] = await db.batch<{ level: string }>([db.prepare(level)]);
    expect(result!.results[0]!.level).toBe("serializable");
  });
});

describe("PostgresDb sessions", () => {
  it("hand out a bookmark in D1's shape once they have queried, alone or in a batch, and none before", async () => {
    expect(POSTGRES_BOOKMARK).toMatch(/^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{32}$/);
    const reading = db.withSession("first-unconstrained");
    const statement = reading.prepare("SELECT 1 AS one");
    expect(reading.getBookmark()).toBeNull();
    await statement.first();
    expect(reading.getBookmark()).toBe(POSTGRES_BOOKMARK);
    const batching = db.withSession("first-primary");
    await batching.batch([batching.prepare("SELECT ? AS one").bind(1)]);
    expect(batching.getBookmark()).toBe(POSTGRES_BOOKMARK);
    const failing = db.withSession();
    await expect(failing.prepare("SELECT nothing FROM nowhere").raw()).rejects.toThrow();
    expect(failing.getBookmark()).toBeNull();
  });
});

describe("PostgresDb batches", () => {
  it("commit all statements together, in one network round trip", async () => {
    await providerIds(); // a connection exists; connecting is not part of the batch
    trips.reset();
    const results = await db.batch([insertProvider("trip-a"), insertProvider("trip-b"), db.prepare("SELECT COUNT(*) AS n FROM providers WHERE id LIKE 'trip-%'")]);
    expect(trips.count()).toBe(1);
    expect(results.map((result) => result.meta.changes)).toEqual([1, 1, 0]);
    expect(results[2]!.results).toEqual([{ n: 2 }]);
    trips.reset();
    await db.prepare("SELECT 1").first();
    expect(trips.count()).toBe(1);
  });

  it("would take a round trip per statement without pipelining (the count can tell)", async () => {
    const plain = new pg.Pool({ connectionString: url, max: 1 });
    const plainTrips = countRoundTrips(plain);
    const plainDb = new PostgresDb(plain);
    try {
      await plainDb.prepare("SELECT 1").first();
      plainTrips.reset();
      await plainDb.batch([plainDb.prepare("SELECT 1"), plainDb.prepare("SELECT 2")]);
      expect(plainTrips.count()).toBe(4);
    } finally {
      await plainDb.close();
    }
  });

  it("roll back every statement when one fails, and pass the failure on", async () => {
    await insertProvider("atomic-existing").run();
    const failing = db.batch([insertProvider("atomic-new"), db.prepare("UPDATE providers SET name = 'changed'"), insertProvider("atomic-existing")]);
    await expect(failing).rejects.toMatchObject({ code: "23505" });
    expect(await providerIds()).not.toContain("atomic-new");
    expect((await db.prepare("SELECT COUNT(*) AS n FROM providers WHERE name = 'changed'").first<Record<string, unknown>>())?.n).toBe(0);
    // The connection is clean afterwards: the next batch commits.
    await db.batch([insertProvider("atomic-after")]);
    expect(await providerIds()).toContain("atomic-after");
  });

  it("run again after a serialization failure, writing nothing twice", async () => {
    await insertProvider("retry", 0).run();
    let retries = 0;
    const retrying = new PostgresDb(pool, { random: () => (retries++, 0) });
    const outcome = await conflictWith(1, "retry", () =>
      retrying.batch([
        retrying.prepare("SELECT name FROM providers WHERE id = 'retry'"),
        retrying.prepare("UPDATE providers SET created_at = created_at + 1, name = name || '+batch' WHERE id = 'retry'"),
        insertProvider("retry-once", 1, retrying),
      ]));
    expect(outcome).toHaveProperty("value");
    expect(retries).toBe(1);
    const row = await db.prepare("SELECT name, created_at FROM providers WHERE id = 'retry'").first();
    expect(row).toEqual({ name: "provider retry+other+batch", created_at: 1 });
    expect((await providerIds()).filter((id) => id === "retry-once")).toHaveLength(1);
  });

  it("run again after a deadlock (40P01), writing nothing twice", async () => {
    await db.batch([insertProvider("deadlock-a", 0), insertProvider("deadlock-b", 0)]);
    const deadlocks = async () => Number(((await db.prepare("SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()").first<Record<string, unknown>>())?.deadlocks));
    const before = await deadlocks();
    let retries = 0;
    const retrying = new PostgresDb(pool, { random: () => (retries++, 0) });
    const other = await otherClient();
    try {
      // The other transaction waits long before it checks for a deadlock, so the batch is the one PostgreSQL aborts.
      await other.query("BEGIN");
      await other.query("SET LOCAL deadlock_timeout = '20s'");
      await other.query("UPDATE providers SET created_at = created_at + 100 WHERE id = 'deadlock-b'");
      const batch = retrying.batch([
        retrying.prepare("UPDATE providers SET created_at = created_at + 1 WHERE id = 'deadlock-a'"),
        retrying.prepare("UPDATE providers SET created_at = created_at + 1 WHERE id = 'deadlock-b'"),
      ]);
      await untilBlocked(other);
      await other.query("UPDATE providers SET created_at = created_at + 100 WHERE id = 'deadlock-a'");
      await other.query("COMMIT");
      await batch;
    } finally {
      await other.end();
    }
    // Backends publish their statistics within about a second of going idle.
    let seen = await deadlocks();
    for (let i = 0; i < 50 && seen === before; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      seen = await deadlocks();
    }
    expect(seen).toBe(before + 1);
    expect(retries).toBeGreaterThanOrEqual(1);
    const rows = await db.prepare("SELECT id, created_at FROM providers WHERE id LIKE 'deadlock-%' ORDER BY id").raw();
    expect(rows).toEqual([["deadlock-a", 101], ["deadlock-b", 101]]);
  });

  it("give up with DatabaseUnavailableError when the conflicts outlast DATABASE_MAX_RETRIES, writing nothing", async () => {
    await insertProvider("exhausted", 0).run();
    let retries = 0;
    const limited = new PostgresDb(pool, { maxRetries: 2, backoff: { baseMs: 300, capMs: 300 }, random: () => (retries++, 1) });
    const outcome = await conflictWith(3, "exhausted", () =>
      limited.batch([
        limited.prepare("UPDATE providers SET created_at = created_at + 1 WHERE id = 'exhausted'"),
        insertProvider("exhausted-never", 1, limited),
      ]));
    expect(retries).toBe(2);
    expect(outcome).toMatchObject({ error: expect.any(DatabaseUnavailableError) });
    const error = (outcome as { error: DatabaseUnavailableError }).error;
    expect(error.retryAfterSeconds).toBe(1);
    expect((error.cause as { code?: string }).code).toBe("40001");
    expect((await db.prepare("SELECT created_at FROM providers WHERE id = 'exhausted'").first<Record<string, unknown>>())?.created_at).toBe(0);
    expect(await providerIds()).not.toContain("exhausted-never");
  });
});

describe("PostgresDb losing its connection mid-batch", () => {
  it("answers DatabaseUnavailableError when the server ends the connection of a batch in flight, keeps the process alive, and serves the next batch", async () => {
    await insertProvider("cut", 0).run();
    // A connection that dies while checked out emits "error" on its client; with no listener there, that ends the process.
    const uncaught: unknown[] = [];
    const record = (error: unknown) => uncaught.push(error);
    process.on("uncaughtException", record);
    const other = await otherClient();
    try {
      await other.query("BEGIN");
      await other.query("UPDATE providers SET name = 'held' WHERE id = 'cut'");
      const outcome = db.batch([db.prepare("UPDATE providers SET created_at = 7 WHERE id = 'cut'")]).then(() => ({}), (error: unknown) => ({ error }));
      await untilBlocked(other);
      await other.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = 'spacegate' AND wait_event_type = 'Lock'`);
      expect(await outcome).toMatchObject({ error: { name: "DatabaseUnavailableError", retryAfterSeconds: 5 } });
      await other.query("ROLLBACK");
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(uncaught).toEqual([]);
      await db.batch([db.prepare("UPDATE providers SET created_at = 8 WHERE id = 'cut'")]);
      expect((await db.prepare("SELECT created_at FROM providers WHERE id = 'cut'").first<Record<string, unknown>>())?.created_at).toBe(8);
    } finally {
      process.off("uncaughtException", record);
      await other.end();
    }
  });
});

describe("PostgresDb without a reachable server", () => {
  it("throws DatabaseUnavailableError at once, for a statement and for a batch", async () => {
    const closed = new URL(url);
    closed.port = String(await freePort());
    const unreachable = new PostgresDb(createPostgresPool({ url: closed.toString(), max: 2 }));
    try {
      const started = Date.now();
      await expect(unreachable.prepare("SELECT 1").first()).rejects.toBeInstanceOf(DatabaseUnavailableError);
      await expect(unreachable.batch([unreachable.prepare("SELECT 1")])).rejects.toMatchObject({ name: "DatabaseUnavailableError", retryAfterSeconds: 5 });
      expect(Date.now() - started).toBeLessThan(2_000);
    } finally {
      await unreachable.close();
    }
  });

  it("gives up within the connection timeout when the server does not answer at all", async () => {
    // A listening socket that never speaks: the connection is made, the server's greeting never comes.
    const { createServer } = await import("node:net");
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const target = new URL(url);
    target.port = String((silent.address() as { port: number }).port);
    const mute = new PostgresDb(createPostgresPool({ url: target.toString(), max: 1, connectionTimeoutMs: 500 }));
    try {
      const started = Date.now();
      await expect(mute.batch([mute.prepare("SELECT 1")])).rejects.toBeInstanceOf(DatabaseUnavailableError);
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      await mute.close();
      silent.close();
    }
  });
});
