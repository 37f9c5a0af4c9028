// Named prepared statements (src/postgres/namedStatement.ts, on for the hosts' pool): each statement text is parsed and planned
// once per pooled connection, also when it first appears twice in one pipelined batch.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPostgresPool } from "../../hosts/postgres/createPostgresPool.ts";
import { PostgresDb } from "../../src/postgres/PostgresDb.ts";
import { createTestDatabase } from "./support/testDatabase.ts";

let db: PostgresDb;
beforeAll(async () => {
  // One connection, so that every statement below runs in the session whose prepared statements are read.
  db = new PostgresDb(createPostgresPool({ url: await createTestDatabase({ migrated: true }), max: 1 }), { namedStatements: true });
});
afterAll(() => db?.close());

/** The prepared statements of the pool's one session whose text contains `needle`. */
async function preparedLike(needle: string): Promise<string[]> {
  const rows = await db.prepare("SELECT statement FROM pg_prepared_statements WHERE strpos(statement, ?) > 0").bind(needle).raw<[string]>();
  return rows.map(([statement]) => statement);
}

describe("named statements", () => {
  it("prepares a statement once per connection and reuses it, with its $n placeholders", async () => {
    const insert = "INSERT INTO providers (id, name, created_at) VALUES (?, ?, ?)";
    const read = "SELECT name FROM providers WHERE id = ? /* named-once */";
    // The same text twice in one pipeline: the second is sent before the first is parsed.
    await db.batch([db.prepare(insert).bind("named-a", "A", 1), db.prepare(insert).bind("named-b", "B", 2)]);
    await db.prepare(insert).bind("named-c", "C", 3).run();
    for (const [id, name] of [["named-a", "A"], ["named-b", "B"], ["named-c", "C"], ["named-a", "A"]]) {
      expect(await db.prepare(read).bind(id).first()).toEqual({ name });
    }
    expect(await preparedLike("INSERT INTO providers")).toEqual(["INSERT INTO providers (id, name, created_at) VALUES ($1, $2, $3)"]);
    expect(await preparedLike("named-once")).toEqual(["SELECT name FROM providers WHERE id = $1 /* named-once */"]);
  });

  it("is off unless asked for (the Worker's clients live for one request): nothing is prepared", async () => {
    const plain = new PostgresDb(createPostgresPool({ url: await createTestDatabase({ migrated: true }), max: 1 }));
    try {
      for (let i = 0; i < 2; i++) expect(await plain.prepare("SELECT ? AS n /* unnamed-twice */").bind(i).first()).toEqual({ n: String(i) });
      const rows = await plain.prepare("SELECT statement FROM pg_prepared_statements").raw();
      expect(rows).toEqual([]);
    } finally {
      await plain.close();
    }
  });

  it("a statement that fails to parse leaves nothing prepared, and the connection serves the next", async () => {
    const broken = "SELECT no_such_column FROM providers WHERE id = ? /* broken-once */";
    await expect(db.prepare(broken).bind("x").first()).rejects.toThrow(/no_such_column/);
    await expect(db.prepare(broken).bind("x").first()).rejects.toThrow(/no_such_column/);
    expect(await preparedLike("broken-once")).toEqual([]);
    expect(await db.prepare("SELECT ? AS n /* after-broken */").bind(5).first()).toEqual({ n: "5" });
  });
});
