// The Worker's connections (src/postgres/requestConnections.ts) and its `Db` over them, against a
// real server from Node.js: one client per request, opened at the first statement and kept for the
// request, replaced once broken, closed by `end`; single statements serializable without the
// session default that Hyperdrive would reset (`serializableSessions: false`).
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PostgresDb } from "../../src/postgres/PostgresDb.ts";
import { requestConnections } from "../../src/postgres/requestConnections.ts";
import { createTestDatabase } from "./support/testDatabase.ts";

let url: string;
let observer: pg.Client;
beforeAll(async () => {
  url = await createTestDatabase({ migrated: true });
  observer = new pg.Client(url);
  await observer.connect();
});
afterAll(() => observer?.end());

/** The backends connected to the test database, the observer's own left out. */
async function otherBackends(): Promise<number[]> {
  const { rows } = await observer.query<{ pid: number }>(
    "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() ORDER BY pid",
  );
  return rows.map((row) => row.pid);
}

const backendPid = async (db: PostgresDb) => (await db.prepare("SELECT pg_backend_pid() AS pid").first<{ pid: number }>())!.pid;

describe("a request's connections", () => {
  it("open one client at the first statement, keep it for every statement and batch, and close it at the end", async () => {
    const connections = requestConnections(url);
    const db = new PostgresDb(connections, { serializableSessions: false });
    expect(await otherBackends()).toEqual([]);
    const first = await backendPid(db);
    const [second] = await db.batch<{ pid: number }>([db.prepare("SELECT pg_backend_pid() AS pid")]);
    const [third, fourth] = await Promise.all([backendPid(db), backendPid(db)]);
    expect([second!.results[0]!.pid, third, fourth]).toEqual([first, first, first]);
    expect(await otherBackends()).toEqual([first]);
    await db.close();
    await expect.poll(otherBackends).toEqual([]);
  });

  it("replace a client that broke: the statement that met it fails as unavailable, the next opens another", async () => {
    const db = new PostgresDb(requestConnections(url), { serializableSessions: false });
    const first = await backendPid(db);
    await observer.query("SELECT pg_terminate_backend($1)", [first]);
    await expect(backendPid(db)).rejects.toMatchObject({ name: "DatabaseUnavailableError" });
    const next = await backendPid(db);
    expect(next).not.toBe(first);
    await db.close();
    await expect.poll(otherBackends).toEqual([]);
  });

  it("run a single statement at SERIALIZABLE without the session default, as Hyperdrive needs (the default would be read committed)", async () => {
    const level = (db: PostgresDb) => db.prepare("SELECT current_setting('transaction_isolation') AS level").first<{ level: string }>();
    const worker = new PostgresDb(requestConnections(url), { serializableSessions: false });
    const plain = new PostgresDb(requestConnections(url));
    try {
      expect(await level(worker)).toEqual({ level: "serializable" });
      expect(await level(plain)).toEqual({ level: "read committed" });
    } finally {
      await Promise.all([worker.close(), plain.close()]);
    }
  });
});
