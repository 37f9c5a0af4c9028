// npm run copy (scripts/copy.mjs, hosts/postgres/copy/): a zone made through the API of a Bun
// host over SQLite is copied into PostgreSQL, as the operator would, by running the real command;
// then counts and checksums, refusals, a failed copy resumed, and a `wrangler d1 export` dump.
import { spawn } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mintUserToken } from "../../scripts/lib/devConfig.mjs";
import { runWrangler } from "../../scripts/lib/wrangler.mjs";
import { startHost } from "../e2e/support/hostProcess.ts";
import { answers, makeZone, type Zone } from "./support/makeZone.ts";
import { createTestDatabase } from "./support/testDatabase.ts";

const COPY = new URL("../../scripts/copy.mjs", import.meta.url).pathname;
const MIGRATIONS = new URL("../../migrations/", import.meta.url).pathname;
const ZONE_TABLES = ["group_children", "group_users", "groups", "idempotency_keys", "providers", "space_groups", "space_members", "space_supports", "spaces", "spent_tokens", "users"];

interface Run { code: number | null; stdout: string; stderr: string }

/** Runs `npm run copy`'s script as its own process; `whileRunning` sees it and may end it. */
function copy(args: string[], whileRunning?: (child: ReturnType<typeof spawn>) => Promise<void>): Promise<Run> {
  const child = spawn(process.execPath, ["--experimental-strip-types", "--disable-warning=ExperimentalWarning", COPY, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return Promise.all([exited, whileRunning?.(child)]).then(([code]) => ({ code, stdout, stderr }));
}

/** The report's rows: table → its cells (source rows, target rows, checksums, inserted, result). */
function reportRows(stdout: string): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const line of stdout.split("\n")) {
    const [table, ...cells] = line.trim().split(/\s+/);
    if (table && ZONE_TABLES.includes(table) && cells.length === 6) rows.set(table, cells);
  }
  return rows;
}

async function query<T = Record<string, unknown>>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
}

function sqliteRows<T = Record<string, unknown>>(file: string, text: string): T[] {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    return db.prepare(text).all() as T[];
  } finally {
    db.close();
  }
}

const folder = mkdtempSync(join(tmpdir(), "spacegate-copy-"));
const sqliteFile = join(folder, "zone.sqlite");
let devConfig: Record<string, string>;
let zone: Zone;
let sqliteAnswers: Awaited<ReturnType<typeof answers>>;
let sourceCounts: Record<string, number>;

beforeAll(async () => {
  const host = await startHost("bun", { database: sqliteFile });
  try {
    zone = await makeZone(host.baseUrl, host.devConfig);
    devConfig = host.devConfig;
    sqliteAnswers = await answers(host.baseUrl, devConfig, zone.probes);
  } finally {
    await host.stop();
  }
  sourceCounts = Object.fromEntries(ZONE_TABLES.map((table) => [table, Number(sqliteRows<{ n: number }>(sqliteFile, `SELECT COUNT(*) AS n FROM "${table}"`)[0]!.n)]));
}, 180_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("npm run copy", () => {
  it("copies every table of a SQLite host's zone in batches, and the counts and checksums match", async () => {
    // Every table holds something, so every one is exercised; a few hold more than a batch.
    expect(Object.values(sourceCounts).every((n) => n > 0)).toBe(true);
    expect(sourceCounts.spaces).toBe(40);
    const url = await createTestDatabase();
    const run = await copy(["--from", sqliteFile, "--to", url, "--batch-size", "7"]);
    expect(run.code, run.stderr).toBe(0);
    const rows = reportRows(run.stdout);
    expect([...rows.keys()].sort()).toEqual(ZONE_TABLES);
    for (const [table, [sourceRows, targetRows, sourceSum, targetSum, inserted, result]] of rows) {
      expect({ table, sourceRows, targetRows, inserted, result, equal: sourceSum === targetSum }).toEqual({
        table, sourceRows: String(sourceCounts[table]), targetRows: String(sourceCounts[table]), inserted: String(sourceCounts[table]), result: "ok", equal: true,
      });
    }
    expect(run.stdout).toContain("not copied: d1_migrations, sqlite_sequence (migration bookkeeping)");
    expect(run.stdout).toContain("applied to the target now: 0001_spaces_and_providers.sql");
    expect(run.stderr).toContain("copy: spaces: 40/40 done");
    const { password } = new URL(url);
    expect(run.stdout + run.stderr).not.toContain(decodeURIComponent(password));
    for (const table of ZONE_TABLES) {
      expect((await query<{ n: number }>(url, `SELECT COUNT(*)::int AS n FROM ${table}`))[0]!.n).toBe(sourceCounts[table]);
    }

    // insertion_order is SQLite's rowid, and new rows come after the copied ones.
    const order = (rows: Record<string, unknown>[]) => rows.map((row) => `${row.space_id} ${row.user_id} ${row.n}`);
    expect(order(await query(url, "SELECT space_id, user_id, insertion_order::int AS n FROM space_members ORDER BY space_id, user_id COLLATE \"C\"")))
      .toEqual(order(sqliteRows(sqliteFile, "SELECT space_id, user_id, rowid AS n FROM space_members ORDER BY space_id, user_id")));
    const [added] = await query<{ n: number }>(url, "INSERT INTO space_members (space_id, user_id, privileges, joined_at) SELECT id, 'u-new', '[]', 0 FROM spaces LIMIT 1 RETURNING insertion_order::int AS n");
    const [highest] = sqliteRows<{ n: number }>(sqliteFile, "SELECT MAX(rowid) AS n FROM space_members");
    expect(added!.n).toBe(Number(highest!.n) + 1);
    await query(url, "DELETE FROM space_members WHERE user_id = 'u-new'");

    // A second copy into the filled database is refused and writes nothing.
    const again = await copy(["--from", sqliteFile, "--to", url]);
    expect({ code: again.code, stdout: again.stdout }).toEqual({ code: 1, stdout: "" });
    expect(again.stderr).toMatch(/copy: refused: postgres:\/\/postgres@127\.0\.0\.1:\d+\/t_\w+: the target already holds rows \(in groups, .*--into-non-empty/);
    // With --into-non-empty it inserts nothing and still compares every table.
    const into = await copy(["--from", sqliteFile, "--to", url, "--into-non-empty"]);
    expect(into.code, into.stderr).toBe(0);
    expect([...reportRows(into.stdout).values()].map(([, , , , inserted, result]) => `${inserted} ${result}`)).toEqual(ZONE_TABLES.map(() => "0 ok"));

    // A target that differs in one value: that table is a MISMATCH, exit code 1.
    const [space] = await query<{ id: string; name: string }>(url, "SELECT id, name FROM spaces ORDER BY id LIMIT 1");
    await query(url, "UPDATE spaces SET name = 'Changed' WHERE id = $1", [space!.id]);
    const differs = await copy(["--from", sqliteFile, "--to", url, "--into-non-empty"]);
    expect(differs.code).toBe(1);
    const results = new Map([...reportRows(differs.stdout)].map(([table, cells]) => [table, cells[5]]));
    expect(Object.fromEntries(results)).toEqual(Object.fromEntries(ZONE_TABLES.map((table) => [table, table === "spaces" ? "MISMATCH" : "ok"])));
    expect(differs.stdout).toContain("MISMATCH: the tables marked above differ");
    await query(url, "UPDATE spaces SET name = $2 WHERE id = $1", [space!.id, space!.name]);
  });

  it("a copied zone is served by a Bun host over PostgreSQL with the same answers as the SQLite host gave", async () => {
    const url = await createTestDatabase();
    const run = await copy(["--from", sqliteFile, "--to", url]);
    expect(run.code, run.stderr).toBe(0);
    const host = await startHost("bun", { devConfig, environment: { DATABASE_URL: url, DATABASE_POOL_MAX: "2" } });
    try {
      const served = await answers(host.baseUrl, devConfig, zone.probes);
      // The SQLite host answered every question with data, so equal answers are not equal errors.
      expect(sqliteAnswers.filter((answer) => answer.status !== 200)).toEqual([]);
      expect(served).toEqual(sqliteAnswers);
      // And it goes on from there: a new member comes after the copied ones.
      const owner = await mintUserToken(devConfig, "u-alice", 600);
      const spaceId = zone.spaces[0]!;
      const invite = (await (await fetch(`${host.baseUrl}/spaces/${spaceId}/users/token`, { headers: { "X-Auth-Token": owner } })).json()) as { token: string };
      const joined = await fetch(`${host.baseUrl}/user/spaces/join`, {
        method: "POST", headers: { "X-Auth-Token": await mintUserToken(devConfig, "u-new", 600), "Content-Type": "application/json" }, body: JSON.stringify({ token: invite.token }),
      });
      expect(joined.status).toBe(201);
      const before = sqliteAnswers.find((answer) => answer.path === `/spaces/${spaceId}/users`)!.body as { users: string[] };
      const after = await (await fetch(`${host.baseUrl}/spaces/${spaceId}/users`, { headers: { "X-Auth-Token": owner } })).json();
      expect(after).toEqual({ users: [...before.users, "u-new"] });
    } finally {
      await host.stop();
    }
  }, 120_000);

  it("a copy that fails mid-table is refused again without --into-non-empty, and with it resumes after the rows already copied", async () => {
    const url = await createTestDatabase({ migrated: true });
    // Another session inserts (uncommitted) the 20th space in key order: the copy's third batch
    // of spaces waits for it; then the copy's connection is cut, as by a database restart.
    const keys = sqliteRows<{ id: string }>(sqliteFile, "SELECT id FROM spaces ORDER BY id").map((row) => row.id);
    const blocker = new pg.Client(url);
    await blocker.connect();
    await blocker.query("BEGIN");
    await blocker.query("INSERT INTO spaces (id, name, creator_type, creator_id, created_at) VALUES ($1, 'blocker', 'user', 'x', 0)", [keys[19]]);
    const failed = await copy(["--from", sqliteFile, "--to", url, "--batch-size", "7"], async () => {
      for (let waited = 0; ; waited += 50) {
        const [waiting] = await query<{ pid: number }>(url, "SELECT pid FROM pg_stat_activity WHERE application_name = 'spacegate copy' AND wait_event_type = 'Lock'");
        if (waiting) {
          await query(url, "SELECT pg_terminate_backend($1)", [waiting.pid]);
          return;
        }
        if (waited > 30_000) throw new Error("the copy never waited for the blocking row");
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    });
    await blocker.query("ROLLBACK");
    await blocker.end();
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/copy: failed: postgres:\/\/postgres@127\.0\.0\.1:\d+\/t_\w+: terminating connection/);
    // Two whole batches of spaces, nothing of the tables after it; the tables before it complete.
    expect((await query<{ n: number }>(url, "SELECT COUNT(*)::int AS n FROM spaces"))[0]!.n).toBe(14);
    expect((await query<{ n: number }>(url, "SELECT COUNT(*)::int AS n FROM space_members"))[0]!.n).toBe(0);
    expect((await query<{ n: number }>(url, "SELECT COUNT(*)::int AS n FROM groups"))[0]!.n).toBe(sourceCounts.groups);

    const refused = await copy(["--from", sqliteFile, "--to", url]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("the target already holds rows (in groups, group_children, group_users, idempotency_keys, providers, spaces)");

    const resumed = await copy(["--from", sqliteFile, "--to", url, "--batch-size", "7", "--into-non-empty"]);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stderr).toContain("copy: spaces: 40 rows, resuming after 14 already copied");
    const rows = reportRows(resumed.stdout);
    expect(rows.get("spaces")!.slice(0, 2).concat(rows.get("spaces")![4]!)).toEqual(["40", "40", "26"]);
    expect(rows.get("groups")![4]).toBe("0");
    expect([...rows.values()].every((cells) => cells[5] === "ok")).toBe(true);
  });

  it("refuses a source at another migration level or a file that is no database, before writing anything; bad usage is exit code 2", async () => {
    const url = await createTestDatabase();
    const behind = join(folder, "behind.sqlite");
    copyFileSync(sqliteFile, behind);
    const db = new DatabaseSync(behind);
    db.exec("DELETE FROM d1_migrations WHERE name = '0005_groups.sql'");
    db.close();
    const older = await copy(["--from", behind, "--to", url]);
    expect(older.code).toBe(1);
    expect(older.stderr).toContain("copy: refused:");
    expect(older.stderr).toContain("the source lacks migrations 0005_groups.sql");
    const junk = join(folder, "junk.txt");
    writeFileSync(junk, "this is not SQL at all");
    const notADump = await copy(["--from", junk, "--to", url]);
    expect(notADump.code).toBe(1);
    expect(notADump.stderr).toContain("is neither a SQLite database nor a SQL dump");
    // Nothing was written: not even the schema.
    expect(await query(url, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")).toEqual([]);
    expect((await copy(["--from", sqliteFile])).code).toBe(2);
    expect((await copy(["--from", sqliteFile, "--to", "mysql://x@127.0.0.1/db"])).code).toBe(2);
  });

  it("copies a `wrangler d1 export` dump of a local D1 holding the same zone, with the same counts and checksums", async () => {
    // A local D1 of its own (wrangler's state under this folder, not the project's), migrated and
    // filled with the SQLite host's rows (rowids included) by wrangler, then exported by wrangler.
    const d1 = mkdtempSync(join(folder, "d1-"));
    writeFileSync(join(d1, "wrangler.toml"), [
      'name = "spacegate-copy-test"', 'compatibility_date = "2025-01-01"', "[[d1_databases]]", 'binding = "DB"',
      'database_name = "spacegate"', 'database_id = "00000000-0000-0000-0000-000000000000"', `migrations_dir = ${JSON.stringify(MIGRATIONS)}`,
    ].join("\n"));
    runWrangler(["d1", "migrations", "apply", "DB", "--local", "--cwd", d1], { quiet: true });
    writeFileSync(join(d1, "rows.sql"), insertStatements(sqliteFile));
    runWrangler(["d1", "execute", "DB", "--local", "--cwd", d1, "--file", join(d1, "rows.sql"), "--yes"], { quiet: true });
    const dump = join(d1, "export.sql");
    runWrangler(["d1", "export", "DB", "--local", "--cwd", d1, "--output", dump], { quiet: true });

    const fromDump = await createTestDatabase();
    const run = await copy(["--from", dump, "--to", fromDump, "--batch-size", "9"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("source: SQL dump; migration level 0005_groups.sql (5 migrations, equal on both sides)");
    const viaDump = reportRows(run.stdout);
    const fromFile = await createTestDatabase();
    const viaFile = reportRows((await copy(["--from", sqliteFile, "--to", fromFile])).stdout);
    for (const table of ZONE_TABLES) {
      expect(viaDump.get(table)![1]).toBe(String(sourceCounts[table]));
      expect(viaDump.get(table)![5]).toBe("ok");
      // The dump carries no rowid: its rows load in rowid order, numbered afresh, so the tables with
      // an insertion_order keep their order but not their numbers; every other table is byte for byte the file's.
      if (!["space_members", "space_supports"].includes(table)) expect(viaDump.get(table)![3]).toBe(viaFile.get(table)![3]);
    }
    for (const table of ["space_members", "space_supports"]) {
      const key = table === "space_members" ? "user_id" : "provider_id";
      const inOrder = (url: string) => query(url, `SELECT space_id, ${key}, ${table === "space_members" ? "privileges, joined_at" : "size, supported_at"} FROM ${table} ORDER BY insertion_order`);
      expect(await inOrder(fromDump)).toEqual(await inOrder(fromFile));
    }
  }, 120_000);
});

/** The zone's rows as INSERT statements with their rowids, for `wrangler d1 execute`. */
function insertStatements(file: string): string {
  const literal = (value: unknown) => (value === null ? "NULL" : typeof value === "string" ? `'${value.replace(/'/g, "''")}'` : String(value));
  const lines = ["PRAGMA defer_foreign_keys = TRUE;"];
  for (const table of ZONE_TABLES) {
    for (const row of sqliteRows(file, `SELECT rowid AS "rowid", * FROM "${table}" ORDER BY rowid`)) {
      lines.push(`INSERT INTO "${table}" (${Object.keys(row).map((name) => `"${name}"`).join(", ")}) VALUES (${Object.values(row).map(literal).join(", ")});`);
    }
  }
  return `${lines.join("\n")}\n`;
}
