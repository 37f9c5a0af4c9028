// The SQLite adapter of the Bun and Deno hosts (hosts/sqlite), on the runtime that runs this file:
//   node test/hosts/sqliteDb.check.ts | bun test/hosts/sqliteDb.check.ts | deno run -A test/hosts/sqliteDb.check.ts
// Runner-agnostic on purpose: the same file checks Node, Bun and Deno. Prints "N passed, N failed".
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import process from "node:process";
import { applyMigrations } from "../../hosts/sqlite/applyMigrations.ts";
import { SqliteDb } from "../../hosts/sqlite/SqliteDb.ts";

const dir = mkdtempSync(join(tmpdir(), "spacegate-sqlite-"));
let fileCount = 0;

/** A fresh database file with a parent and a child table (foreign key with cascade). */
function freshDb(): SqliteDb {
  const db = new SqliteDb(join(dir, `db-${++fileCount}.sqlite`));
  db.exec(`CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
           CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES parent (id) ON DELETE CASCADE)`);
  return db;
}

async function count(db: SqliteDb, table: string): Promise<number | null> {
  return (await db.prepare(`SELECT count(*) AS n FROM ${table}`).first<{ n: number }>())?.n ?? null;
}

const checks: [string, () => Promise<void>][] = [
  ["batch: a failing statement in the middle undoes the statements before it, and throws", async () => {
    const db = freshDb();
    await assert.rejects(
      db.batch([
        db.prepare("INSERT INTO parent (id, name) VALUES (?1, ?2)").bind(1, "first"),
        db.prepare("INSERT INTO parent (id, name) VALUES (?1, ?2)").bind(2, null),
        db.prepare("INSERT INTO parent (id, name) VALUES (?1, ?2)").bind(3, "third"),
      ]),
      /NOT NULL/,
    );
    assert.equal(await count(db, "parent"), 0);
    const results = await db.batch([
      db.prepare("INSERT INTO parent (id, name) VALUES (?1, ?2)").bind(1, "first"),
      db.prepare("SELECT name FROM parent WHERE id = ?1").bind(1),
    ]);
    assert.deepEqual(results.map((result) => result.results), [[], [{ name: "first" }]]);
  }],
  ["first: null when there is no row, else the first row as a plain object", async () => {
    const db = freshDb();
    assert.equal(await db.prepare("SELECT * FROM parent WHERE id = ?").bind(42).first(), null);
    await db.prepare("INSERT INTO parent (id, name) VALUES (?, ?)").bind(7, "seven").run();
    await db.prepare("INSERT INTO parent (id, name) VALUES (?, ?)").bind(8, "eight").run();
    const row = await db.prepare("SELECT id, name FROM parent ORDER BY id").first();
    assert.deepEqual(row, { id: 7, name: "seven" });
    assert.equal(Object.getPrototypeOf(row), Object.prototype);
  }],
  ["meta.changes counts the rows a write changed, 0 for a no-op", async () => {
    const db = freshDb();
    const inserted = await db.batch([1, 2, 3].map((id) => db.prepare("INSERT INTO parent (id, name) VALUES (?1, 'x')").bind(id)));
    assert.deepEqual(inserted.map((result) => result.meta.changes), [1, 1, 1]);
    assert.equal((await db.prepare("UPDATE parent SET name = 'y' WHERE id > ?1").bind(1).run()).meta.changes, 2);
    assert.equal((await db.prepare("UPDATE parent SET name = 'z' WHERE id = ?1").bind(99).run()).meta.changes, 0);
    assert.equal((await db.prepare("DELETE FROM parent").run()).meta.changes, 3);
  }],
  ["foreign keys are enforced, and ON DELETE CASCADE removes children", async () => {
    const db = freshDb();
    await assert.rejects(db.prepare("INSERT INTO child (id, parent_id) VALUES (1, ?1)").bind(5).run(), /FOREIGN KEY/);
    await db.batch([
      db.prepare("INSERT INTO parent (id, name) VALUES (?1, 'p')").bind(5),
      db.prepare("INSERT INTO child (id, parent_id) VALUES (1, ?1)").bind(5),
    ]);
    await db.prepare("DELETE FROM parent WHERE id = ?1").bind(5).run();
    assert.equal(await count(db, "child"), 0);
  }],
  ["binds values in order to bare ? placeholders, as the sql tag writes them", async () => {
    const db = freshDb();
    assert.deepEqual(await db.prepare("SELECT ? || '?' || ? AS a").bind("x", "y").first(), { a: "x?y" });
  }],
  ["raw answers arrays; booleans bind as 1/0; undefined is refused", async () => {
    const db = freshDb();
    await db.prepare("INSERT INTO parent (id, name) VALUES (?1, ?2)").bind(true, "t").run();
    assert.deepEqual(await db.prepare("SELECT id, name FROM parent").raw(), [[1, "t"]]);
    await assert.rejects(db.prepare("SELECT ?1").bind(undefined).all(), /D1_TYPE_ERROR/);
  }],
  ["sessions: no bookmark before a query; the bookmark grows with writes and keeps D1's shape", async () => {
    const db = freshDb();
    const session = db.withSession("first-unconstrained");
    assert.equal(session.getBookmark(), null);
    await session.prepare("SELECT 1").all();
    const before = session.getBookmark()!;
    assert.match(before, /^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{32}$/);
    await session.batch([session.prepare("INSERT INTO parent (id, name) VALUES (1, 'b')")]);
    const after = session.getBookmark()!;
    assert.ok(after > before, `${after} > ${before}`);
  }],
  ["a file database runs in WAL mode with synchronous=FULL, foreign keys on and a busy timeout", async () => {
    const db = freshDb();
    assert.deepEqual(await db.prepare("PRAGMA journal_mode").first(), { journal_mode: "wal" });
    assert.deepEqual(await db.prepare("PRAGMA synchronous").first(), { synchronous: 2 });
    assert.deepEqual(await db.prepare("PRAGMA foreign_keys").first(), { foreign_keys: 1 });
    assert.ok(((await db.prepare("PRAGMA busy_timeout").first<{ timeout: number }>())?.timeout ?? 0) > 0);
  }],
  ["migrations: applied once in name order, recorded in wrangler's d1_migrations table", async () => {
    const db = freshDb();
    const folder = mkdtempSync(join(dir, "migrations-"));
    writeFileSync(join(folder, "0002_b.sql"), "ALTER TABLE a ADD COLUMN b TEXT;");
    writeFileSync(join(folder, "0001_a.sql"), "CREATE TABLE a (id INTEGER PRIMARY KEY);");
    writeFileSync(join(folder, "notes.txt"), "not a migration");
    assert.deepEqual(applyMigrations(db, folder), ["0001_a.sql", "0002_b.sql"]);
    assert.deepEqual(applyMigrations(db, folder), []);
    assert.deepEqual(await db.prepare("SELECT name FROM d1_migrations ORDER BY id").raw(), [["0001_a.sql"], ["0002_b.sql"]]);
    writeFileSync(join(folder, "0003_bad.sql"), "CREATE TABLE c (id INTEGER); CREATE TABLE c (id INTEGER);");
    assert.throws(() => applyMigrations(db, folder), /0003_bad.sql/);
    assert.equal(await count(db, "sqlite_master WHERE name = 'c'"), 0);
  }],
  ["the project's migrations apply to an empty database", async () => {
    const db = new SqliteDb(join(dir, "project.sqlite"));
    const applied = applyMigrations(db, join(import.meta.dirname ?? ".", "../../migrations"));
    assert.ok(applied.length >= 2 && applied.every((name) => name.endsWith(".sql")), String(applied));
    assert.equal(await count(db, "spaces"), 0);
  }],
];

let passed = 0;
let failed = 0;
for (const [name, check] of checks) {
  try {
    await check();
    passed += 1;
    console.log(`ok - ${name}`);
  } catch (error) {
    failed += 1;
    console.log(`not ok - ${name}\n  ${String((error as Error).stack ?? error).replaceAll("\n", "\n  ")}`);
  }
}
rmSync(dir, { recursive: true, force: true });
console.log(`sqlite adapter on ${typeof Bun !== "undefined" ? "bun" : typeof Deno !== "undefined" ? "deno" : "node"}: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
