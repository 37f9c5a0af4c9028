// npm run migrate: applies migrations/postgres/ under an advisory lock, so three instances that
// start together (here three processes of the real command) apply each migration exactly once.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { migrationFiles } from "../../hosts/postgres/applyPostgresMigrations.ts";
import { createTestDatabase, POSTGRES_MIGRATIONS } from "./support/testDatabase.ts";

const MIGRATE = new URL("../../scripts/migrate.mjs", import.meta.url).pathname;

/** Runs `npm run migrate`'s script as its own process; answers what it printed. */
async function migrate(databaseUrl: string): Promise<{ database: string; applied: string[] }> {
  const { stdout } = await promisify(execFile)(process.execPath, ["--experimental-strip-types", "--disable-warning=ExperimentalWarning", MIGRATE, "--database-url", databaseUrl]);
  return JSON.parse(stdout.trim());
}

describe("npm run migrate", () => {
  it("applies each migration once when three instances start together, nothing on a current database, and hides the password", async () => {
    const url = await createTestDatabase();
    const runs = await Promise.all([migrate(url), migrate(url), migrate(url)]);
    const files = migrationFiles(POSTGRES_MIGRATIONS);
    expect(runs.flatMap((run) => run.applied).sort()).toEqual(files);
    // The lock makes the runs take turns: one applies everything, the others find it done.
    expect(runs.map((run) => run.applied.length).sort()).toEqual([0, 0, files.length]);
    const client = new pg.Client(url);
    await client.connect();
    try {
      const { rows } = await client.query<{ name: string }>("SELECT name FROM d1_migrations ORDER BY id");
      expect(rows.map((row) => row.name)).toEqual(files);
    } finally {
      await client.end();
    }
    expect((await migrate(url)).applied).toEqual([]);
    // Each names the database without its password.
    const { host, pathname, password } = new URL(url);
    expect(decodeURIComponent(password).length).toBeGreaterThan(8);
    for (const run of runs) {
      expect(run.database).toBe(`postgres://postgres@${host}${pathname}`);
      expect(JSON.stringify(run)).not.toContain(decodeURIComponent(password));
    }
  });

  it("fails with a message and no applied migration when the database cannot be reached", async () => {
    const url = new URL(await createTestDatabase());
    url.port = "1";
    await expect(migrate(url.toString())).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining("migrate: postgres://postgres@127.0.0.1:1/") });
  });
});
