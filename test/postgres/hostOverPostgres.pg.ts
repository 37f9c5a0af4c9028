// Bun and Deno over PostgreSQL (hosts/openDatabase.ts): DATABASE_URL selects PostgreSQL, instances
// that start together apply each migration once under the advisory lock, the banner names the
// database without its password, health and readiness answer, readiness is 503 once the database
// is gone, and SIGTERM closes the pool. (The stores' SQL is not yet portable: docs/scaling-out.md.)
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { migrationFiles } from "../../hosts/postgres/applyPostgresMigrations.ts";
import { hostCommand } from "../../scripts/lib/hosts.mjs";
import { freePort, startHost } from "../e2e/support/hostProcess.ts";
import { createTestDatabase, POSTGRES_MIGRATIONS, withAdminClient } from "./support/testDatabase.ts";

type Host = Awaited<ReturnType<typeof startHost>>;
const hosts: Host[] = [];
afterAll(() => Promise.all(hosts.map((host) => host.stop())));

async function startOverPostgres(runtime: "bun" | "deno", databaseUrl: string): Promise<Host> {
  const host = await startHost(runtime, { environment: { DATABASE_URL: databaseUrl, DATABASE_POOL_MAX: "2" }, captureStderr: true });
  hosts.push(host);
  return host;
}

/** The host's start banner (its first JSON line on standard error). */
function banner(host: Host): { database: string; migrationsApplied: string[] } {
  const line = host.stderr().split("\n").find((text) => text.includes('"spacegate host ready"'));
  if (!line) throw new Error(`no banner in ${host.stderr()}`);
  return JSON.parse(line);
}

/** Connections this database has from spacegate instances (`application_name` of the pool). */
async function spacegateConnections(databaseUrl: string): Promise<number> {
  const client = new pg.Client(databaseUrl);
  await client.connect();
  try {
    const { rows } = await client.query("SELECT COUNT(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'spacegate'");
    return rows[0].n;
  } finally {
    await client.end();
  }
}

describe("Bun over PostgreSQL", () => {
  it("three instances starting together apply each migration once, name the database without its password, and are ready", async () => {
    const url = await createTestDatabase();
    const three = await Promise.all([startOverPostgres("bun", url), startOverPostgres("bun", url), startOverPostgres("bun", url)]);
    const banners = three.map(banner);
    expect(banners.flatMap((b) => b.migrationsApplied).sort()).toEqual(migrationFiles(POSTGRES_MIGRATIONS));
    const { host, pathname, password } = new URL(url);
    for (const [index, b] of banners.entries()) {
      expect(b.database).toBe(`postgres://postgres@${host}${pathname}`);
      expect(three[index]!.stderr()).not.toContain(decodeURIComponent(password));
    }
    for (const instance of three) {
      const live = await fetch(`${instance.baseUrl}/healthz`);
      expect([live.status, await live.json()]).toEqual([200, { status: "ok" }]);
      const ready = await fetch(`${instance.baseUrl}/readyz`);
      expect([ready.status, await ready.json()]).toEqual([200, { status: "ready" }]);
    }
    // DATABASE_POOL_MAX=2 caps each instance; SIGTERM ends each cleanly and closes its pool.
    expect(await spacegateConnections(url)).toBeLessThanOrEqual(6);
    expect(await spacegateConnections(url)).toBeGreaterThan(0);
    for (const instance of three) {
      await instance.stop();
      expect(instance.process.exitCode).toBe(0);
    }
    expect(await spacegateConnections(url)).toBe(0);
  });

  it("answers readiness 503 unavailable with Retry-After once its database is gone, and stays live", async () => {
    const url = await createTestDatabase();
    const instance = await startOverPostgres("bun", url);
    expect((await fetch(`${instance.baseUrl}/readyz`)).status).toBe(200);
    await withAdminClient((client) => client.query(`DROP DATABASE ${new URL(url).pathname.slice(1)} WITH (FORCE)`));
    const started = Date.now();
    const ready = await fetch(`${instance.baseUrl}/readyz`);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(ready.status).toBe(503);
    expect(ready.headers.get("retry-after")).toBe("5");
    expect(await ready.json()).toEqual({ error: "unavailable", error_description: expect.any(String) });
    expect((await fetch(`${instance.baseUrl}/healthz`)).status).toBe(200);
  });
});

describe("a host given a DATABASE_URL it cannot use", () => {
  it("stops at start with status 1 and says why, never showing the password", async () => {
    const { command, args } = hostCommand("bun", join(tmpdir(), "spacegate-unused.sqlite"));
    const closed = `postgres://postgres:hunter2secret@127.0.0.1:${await freePort()}/spacegate`;
    for (const [url, reason] of [["mysql://root:hunter2secret@127.0.0.1/spacegate", "must be a postgres:// or postgresql:// URL"], [closed, "ECONNREFUSED"]]) {
      const run = spawnSync(command, args, { env: { ...process.env, DATABASE_URL: url, PORT: "0" }, encoding: "utf8", timeout: 60_000 });
      expect({ status: run.status, says: run.stderr.includes(reason), password: run.stderr.includes("hunter2secret") }).toEqual({ status: 1, says: true, password: false });
    }
  });
});

describe("Deno over PostgreSQL", () => {
  it("starts on DATABASE_URL, migrates, and is ready", async () => {
    const url = await createTestDatabase();
    const instance = await startOverPostgres("deno", url);
    expect(banner(instance).migrationsApplied).toEqual(migrationFiles(POSTGRES_MIGRATIONS));
    const ready = await fetch(`${instance.baseUrl}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: "ready" }]);
    await instance.stop();
    expect(instance.process.exitCode).toBe(0);
    expect(await spacegateConnections(url)).toBe(0);
  });
});
