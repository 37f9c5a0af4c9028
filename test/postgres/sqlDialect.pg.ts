// The dialect (src/common/SqlDialect.ts) means the same on both engines: each statement below is
// written once, asks `dialectOf(db)` for what differs, and runs on SQLite (the Bun and Deno hosts'
// SqliteDb, the engine of D1) and on PostgreSQL (PostgresDb), which must answer alike.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPostgresPool } from "../../hosts/postgres/createPostgresPool.ts";
import { PostgresDb } from "../../src/postgres/PostgresDb.ts";
import { applyMigrations } from "../../hosts/sqlite/applyMigrations.ts";
import { SqliteDb } from "../../hosts/sqlite/SqliteDb.ts";
import type { Db } from "../../src/common/Db.ts";
import { jsonListSql } from "../../src/common/jsonListSql.ts";
import { privilegeInSql } from "../../src/common/privilegeInSql.ts";
import { dialectOf, postgresDialect } from "../../src/common/SqlDialect.ts";
import { prepare, sql, type SqlQuery } from "../../src/common/sql.ts";
import { createTestDatabase } from "./support/testDatabase.ts";

const folder = mkdtempSync(join(tmpdir(), "spacegate-dialect-"));
let engines: [string, Db][];
let sqlite: SqliteDb;
let postgres: PostgresDb;
beforeAll(async () => {
  sqlite = new SqliteDb(join(folder, "dialect.sqlite"));
  applyMigrations(sqlite, new URL("../../migrations/", import.meta.url).pathname);
  postgres = new PostgresDb(createPostgresPool({ url: await createTestDatabase({ migrated: true }), max: 2 }));
  engines = [["sqlite", sqlite], ["postgres", postgres]];
  for (const [, db] of engines) {
    await db.batch([
      prepare(db, sql`INSERT INTO spaces (id, name, creator_type, creator_id, created_at) VALUES ('s', 'n', 'user', 'u', 1)`),
      prepare(db, sql`INSERT INTO spaces (id, name, creator_type, creator_id, created_at) VALUES ('empty', 'n', 'user', 'u', 1)`),
      prepare(db, sql`INSERT INTO spaces (id, name, creator_type, creator_id, created_at) VALUES ('near', 'n', 'user', 'u', 1)`),
      // Near misses of "space_view_data": a LIKE whose _ were a wildcard would take the first.
      prepare(db, sql`INSERT INTO space_members (space_id, user_id, privileges, joined_at) VALUES ('near', 'u9', ${JSON.stringify(["spaceXview_data", "space_view_datum"])}, 1)`),
      prepare(db, sql`INSERT INTO providers (id, name, created_at) VALUES ('p1', 'n', 1), ('p2', 'n', 1)`),
      // Equal join times: only insertion order tells them apart (u3 first); u0 joined earlier.
      ...["u3", "u1", "u2"].map((user) =>
        prepare(db, sql`INSERT INTO space_members (space_id, user_id, privileges, joined_at) VALUES ('s', ${user}, ${JSON.stringify(["space_view_data"])}, 5)`)),
      prepare(db, sql`INSERT INTO space_members (space_id, user_id, privileges, joined_at) VALUES ('s', 'u0', '[]', 4)`),
      prepare(db, sql`INSERT INTO space_supports (space_id, provider_id, size, supported_at) VALUES ('s', 'p1', 5, 1), ('s', 'p2', NULL, 1)`),
    ]);
  }
});
afterAll(async () => {
  sqlite?.close();
  await postgres?.close();
  rmSync(folder, { recursive: true, force: true });
});

/** One row of `query(dialect)` on each engine, by engine name. */
async function onBoth(query: (db: Db) => SqlQuery): Promise<Record<string, Record<string, unknown> | null>> {
  const answers: Record<string, Record<string, unknown> | null> = {};
  for (const [name, db] of engines) answers[name] = await prepare(db, query(db)).first();
  return answers;
}

const members = (db: Db, spaceId: string) => {
  const d = dialectOf(db);
  return sql`SELECT ${jsonListSql(d, sql`SELECT user_id AS id, joined_at AS since, ${d.insertionOrder} AS insertion_order
    FROM space_members WHERE space_id = ${spaceId}`, sql`since, insertion_order`)} AS list`;
};

describe("the SQL dialect on SQLite and PostgreSQL", () => {
  it("is SQLite's where a database names none (D1, the SQLite hosts), and PostgreSQL's on PostgresDb", () => {
    expect(dialectOf(sqlite).name).toBe("sqlite");
    expect(dialectOf(postgres)).toBe(postgresDialect);
  });

  it("numbers placeholders, leaving a ? in literals, quoted names and comments alone, and refuses ?N", async () => {
    const answers = await onBoth(() => sql`SELECT ${"x"} AS "what?", '?' AS mark, ${"y"} AS second -- a ? here
      /* and ? there */`);
    expect(answers.postgres).toEqual({ "what?": "x", mark: "?", second: "y" });
    expect(answers.sqlite).toEqual(answers.postgres);
    expect(() => postgresDialect.placeholders("SELECT ?1")).toThrow(/not portable/);
  });

  it("builds a JSON list in order (jsonListSql), ties by insertion order, [] with no row", async () => {
    const answers = await onBoth((db) => members(db, "s"));
    for (const answer of Object.values(answers)) expect(JSON.parse(String(answer!.list))).toEqual(["u0", "u3", "u1", "u2"]);
    const empty = await onBoth((db) => members(db, "empty"));
    for (const answer of Object.values(empty)) expect(JSON.parse(String(answer!.list))).toEqual([]);
  });

  it("builds a JSON object, {} with no row", async () => {
    const supports = (spaceId: string) => (db: Db) =>
      sql`SELECT ${dialectOf(db).jsonObject(sql`provider_id`, sql`size`)} AS providers FROM space_supports WHERE space_id = ${spaceId}`;
    for (const answer of Object.values(await onBoth(supports("s")))) expect(JSON.parse(String(answer!.providers))).toEqual({ p1: 5, p2: null });
    for (const answer of Object.values(await onBoth(supports("empty")))) expect(JSON.parse(String(answer!.providers))).toEqual({});
  });

  it("finds a privilege in a JSON list alike (privilegeInSql: LIKE, its _ no wildcard), conditions read as truthy", async () => {
    const answers = await onBoth(() => {
      const holds = (space: string, user: string) => sql`EXISTS (SELECT 1 FROM space_members
        WHERE space_id = ${space} AND user_id = ${user} AND ${privilegeInSql(sql`privileges`, "space_view_data")})`;
      return sql`SELECT ${holds("s", "u1")} AS viewer, ${holds("s", "u0")} AS stranger, ${holds("near", "u9")} AS near_miss,
        TRUE AND NOT FALSE AS literal`;
    });
    // SQLite answers a condition 1/0, PostgreSQL true/false: the stores read them as truthy.
    expect(answers.sqlite).toEqual({ viewer: 1, stranger: 0, near_miss: 0, literal: 1 });
    expect(answers.postgres).toEqual({ viewer: true, stranger: false, near_miss: false, literal: true });
  });
});
