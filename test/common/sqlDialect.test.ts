/// <reference types="vite/client" />
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { jsonListSql } from "../../src/common/jsonListSql";
import { privilegeInSql } from "../../src/common/privilegeInSql";
import { prepare, sql } from "../../src/common/sql";
import { dialectOf, sqliteDialect } from "../../src/common/SqlDialect";

// The SQLite side of the dialect (src/common/SqlDialect.ts) on D1 itself, the
// engine production runs: test/postgres/sqlDialect.pg.ts holds both sides
// alike, but on the hosts' SQLite and only where PostgreSQL is installed.
// And a guard for the rule that keeps statements portable: SQLite's own
// spellings appear in the dialect only.

const SOURCES = import.meta.glob("../../src/**/*.ts", { query: "?raw", import: "default", eager: true }) as Record<string, string>;

/** Spellings one engine accepts and the other refuses; each belongs in SqlDialect.ts, or nowhere. */
const ENGINE_ONLY = /\browid\b|\bjson_group_array\b|\bjson_group_object\b|\binstr\s*\(|\bstrpos\s*\(|\bjson_agg\b|\bjson_object_agg\b|::/;

const db = env.DB;
const insert = (text: string, ...values: unknown[]) => db.prepare(text).bind(...values);

describe("the SQLite dialect on D1", () => {
  it("is the dialect of D1, which names none, and leaves placeholders as written", () => {
    expect(dialectOf(db)).toBe(sqliteDialect);
    expect(sqliteDialect.placeholders("SELECT ? WHERE a = '?'")).toBe("SELECT ? WHERE a = '?'");
  });

  it("lists ids in order, ties by insertion order (rowid), [] with no row", async () => {
    await db.batch([
      insert("INSERT INTO spaces (id, name, creator_type, creator_id, created_at) VALUES ('dialect-s', 'n', 'user', 'u', 1), ('dialect-empty', 'n', 'user', 'u', 1)"),
      // Equal join times: only insertion order tells u3, u1, u2 apart; u0 joined earlier, u9 later.
      ...["u3", "u1", "u2"].map((user) => insert("INSERT INTO space_members (space_id, user_id, privileges, joined_at) VALUES ('dialect-s', ?, '[]', 5)", user)),
      insert("INSERT INTO space_members (space_id, user_id, privileges, joined_at) VALUES ('dialect-s', 'u9', '[]', 6), ('dialect-s', 'u0', '[]', 4)"),
    ]);
    const d = dialectOf(db);
    const members = (spaceId: string) => prepare(db, sql`SELECT ${jsonListSql(d, sql`SELECT user_id AS id, joined_at AS since,
      ${d.insertionOrder} AS insertion_order FROM space_members WHERE space_id = ${spaceId}`, sql`since, insertion_order`)} AS list`).first<{ list: string }>();
    expect(JSON.parse((await members("dialect-s"))!.list)).toEqual(["u0", "u3", "u1", "u2", "u9"]);
    expect(JSON.parse((await members("dialect-empty"))!.list)).toEqual([]);
  });

  it("builds a JSON object, {} with no row", async () => {
    await db.batch([
      insert("INSERT INTO spaces (id, name, creator_type, creator_id, created_at) VALUES ('dialect-o', 'n', 'user', 'u', 1)"),
      insert("INSERT INTO providers (id, name, created_at) VALUES ('dialect-p1', 'n', 1), ('dialect-p2', 'n', 1)"),
      insert("INSERT INTO space_supports (space_id, provider_id, size, supported_at) VALUES ('dialect-o', 'dialect-p1', 5, 1), ('dialect-o', 'dialect-p2', NULL, 1)"),
    ]);
    const supports = (spaceId: string) => prepare(db, sql`SELECT ${dialectOf(db).jsonObject(sql`provider_id`, sql`size`)} AS providers
      FROM space_supports WHERE space_id = ${spaceId}`).first<{ providers: string }>();
    expect(JSON.parse((await supports("dialect-o"))!.providers)).toEqual({ "dialect-p1": 5, "dialect-p2": null });
    expect(JSON.parse((await supports("nowhere"))!.providers)).toEqual({});
  });

  it("finds a privilege by its quoted name only: privilegeInSql's _ is no wildcard", async () => {
    const holds = (privileges: string[]) =>
      prepare(db, sql`SELECT ${privilegeInSql(sql`${JSON.stringify(privileges)}`, "space_view_data")} AS found`).first<{ found: number }>();
    expect((await holds(["space_remove", "space_view_data"]))!.found).toBe(1);
    expect((await holds(["spaceXview_data", "space_view_datum", "xspace_view_data"]))!.found).toBe(0);
    expect((await holds([]))!.found).toBe(0);
  });
});

describe("portable statements", () => {
  it("leave what only one engine spells to the dialect: no src file but SqlDialect.ts writes it", () => {
    const code = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
    const offenders = Object.entries(SOURCES)
      .filter(([path, source]) => !path.endsWith("/common/SqlDialect.ts") && ENGINE_ONLY.test(code(source)))
      .map(([path, source]) => `${path}: ${code(source).match(ENGINE_ONLY)![0]}`);
    expect(offenders).toEqual([]);
  });

  it("would catch one", () => {
    expect(ENGINE_ONLY.test("SELECT json_group_array(id) FROM (SELECT id FROM t ORDER BY rowid)")).toBe(true);
    expect(ENGINE_ONLY.test("SELECT instr(a, b) > 0, x::text")).toBe(true);
    expect(ENGINE_ONLY.test("SELECT id FROM t WHERE p LIKE ? ESCAPE '\\' ORDER BY since, id")).toBe(false);
  });
});
