// migrations/postgres/ makes the schema of migrations/ in meaning: same tables, columns,
// nullability, keys, indexes and foreign keys; its checks refuse what SQLite's refuse; ids
// compare bytewise (COLLATE "C") as on SQLite, so keyset pages are the same on both.
import { DatabaseSync } from "node:sqlite";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrationFiles } from "../../hosts/postgres/applyPostgresMigrations.ts";
import { postgresDialect } from "../../src/common/SqlDialect.ts";
import { postgresSchema, sqliteSchema } from "./support/readSchemas.ts";
import { createTestDatabase, POSTGRES_MIGRATIONS } from "./support/testDatabase.ts";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const SQLITE_MIGRATIONS = new URL("../../migrations/", import.meta.url).pathname;
/** PostgreSQL's stand-in for SQLite's implicit rowid (the dialect's insertion order). */
const INSERTION_ORDER = postgresDialect.insertionOrder.text;

let client: pg.Client;
beforeAll(async () => {
  client = new pg.Client(await createTestDatabase({ migrated: true }));
  await client.connect();
});
afterAll(() => client?.end());

describe("the PostgreSQL schema", () => {
  it("has one migration for each SQLite migration, of the same name", () => {
    expect(migrationFiles(POSTGRES_MIGRATIONS)).toEqual(migrationFiles(SQLITE_MIGRATIONS));
  });

  it("has SQLite's tables, columns, nullability, primary keys, indexes and foreign keys", async () => {
    const sqlite = sqliteSchema(SQLITE_MIGRATIONS);
    const postgres = await postgresSchema(client);
    const withRowid = Object.entries(postgres).filter(([, table]) => INSERTION_ORDER in table.columns).map(([name]) => name);
    for (const name of withRowid) {
      expect(postgres[name]!.columns[INSERTION_ORDER]).toBe("integer NOT NULL");
      delete postgres[name]!.columns[INSERTION_ORDER];
    }
    expect(withRowid.sort()).toEqual(["space_members", "space_supports"]);
    expect(Object.keys(sqlite).length).toBeGreaterThanOrEqual(7);
    expect(postgres).toEqual(sqlite);
  });

  it("compares every id and key text bytewise (COLLATE \"C\")", async () => {
    const { rows } = await client.query<{ table_name: string; column_name: string; collation_name: string | null }>(
      `SELECT c.table_name, c.column_name, c.collation_name FROM information_schema.columns c
        WHERE c.table_schema = 'public' AND c.data_type = 'text' AND c.table_name <> 'd1_migrations'
          AND (c.column_name = 'id' OR c.column_name LIKE '%\\_id' OR c.column_name IN ('jti', 'principal', 'idempotency_key', 'kind', 'creator_type'))`);
    expect(rows.length).toBeGreaterThanOrEqual(15);
    for (const row of rows) expect(row, `${row.table_name}.${row.column_name}`).toMatchObject({ collation_name: "C" });
  });

  it("orders ids as SQLite does, so keyset pages are the same", async () => {
    const ids = ["b", "B", "a_1", "a-1", "a1", "Z", "~", "0", "ab", "a"];
    const sqlite = new DatabaseSync(":memory:");
    for (const name of migrationFiles(SQLITE_MIGRATIONS)) sqlite.exec(readFileSync(join(SQLITE_MIGRATIONS, name), "utf8"));
    for (const id of ids) {
      sqlite.prepare("INSERT INTO spaces (id, name, creator_type, creator_id, created_at) VALUES (?, 'n', 'user', 'u', 1)").run(id);
      await client.query("INSERT INTO spaces (id, name, creator_type, creator_id, created_at) VALUES ($1, 'n', 'user', 'u', 1)", [id]);
    }
    const sqliteOrder = (sqlite.prepare("SELECT id FROM spaces WHERE id > 'B' ORDER BY id").all() as { id: string }[]).map((r) => r.id);
    const postgresOrder = (await client.query<{ id: string }>("SELECT id FROM spaces WHERE id > 'B' ORDER BY id")).rows.map((r) => r.id);
    sqlite.close();
    await client.query("DELETE FROM spaces");
    expect(postgresOrder).toEqual(sqliteOrder);
    expect(postgresOrder).toEqual(ids.filter((id) => id > "B").sort());
  });

  it("refuses what SQLite's checks refuse, and keeps what they keep", async () => {
    const sqlite = new DatabaseSync(":memory:");
    for (const name of migrationFiles(SQLITE_MIGRATIONS)) sqlite.exec(readFileSync(join(SQLITE_MIGRATIONS, name), "utf8"));
    const setup = [
      "INSERT INTO spaces (id, name, creator_type, creator_id, created_at) VALUES ('s', 'n', 'user', 'u', 1)",
      "INSERT INTO providers (id, name, created_at) VALUES ('p', 'n', 1)",
    ];
    for (const statement of setup) {
      sqlite.exec(statement);
      await client.query(statement);
    }
    const cases: [string, boolean][] = [
      [`INSERT INTO space_members (space_id, user_id, privileges, joined_at) VALUES ('s', 'u1', '["space_view_data"]', 1)`, true],
      [`INSERT INTO space_members (space_id, user_id, privileges, joined_at) VALUES ('s', 'u2', '[]', 1)`, true],
      [`INSERT INTO space_members (space_id, user_id, privileges, joined_at) VALUES ('s', 'u3', '{"a": 1}', 1)`, false],
      [`INSERT INTO space_members (space_id, user_id, privileges, joined_at) VALUES ('s', 'u4', 'not json', 1)`, false],
      [`INSERT INTO space_members (space_id, user_id, privileges, joined_at) VALUES ('s', 'u5', '"space_view_data"', 1)`, false],
      [`INSERT INTO space_supports (space_id, provider_id, size, supported_at) VALUES ('s', 'p', 0, 1)`, false],
      [`INSERT INTO space_supports (space_id, provider_id, size, supported_at) VALUES ('s', 'p', NULL, 1)`, true],
      [`INSERT INTO spaces (id, name, creator_type, creator_id, created_at) VALUES ('t', 'n', 'group', 'u', 1)`, false],
      [`INSERT INTO space_members (space_id, user_id, privileges, joined_at) VALUES ('gone', 'u6', '[]', 1)`, false],
    ];
    const outcomes = { sqlite: [] as boolean[], postgres: [] as boolean[] };
    sqlite.exec("PRAGMA foreign_keys = ON");
    for (const [statement] of cases) {
      outcomes.sqlite.push(((): boolean => { try { sqlite.exec(statement); return true; } catch { return false; } })());
      outcomes.postgres.push(await client.query(statement).then(() => true, () => false));
    }
    sqlite.close();
    await client.query("DELETE FROM spaces; DELETE FROM providers");
    expect(outcomes.sqlite).toEqual(cases.map(([, kept]) => kept));
    expect(outcomes.postgres).toEqual(outcomes.sqlite);
  });
});
