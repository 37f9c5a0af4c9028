/// <reference types="vite/client" />
import { describe, expect, it } from "vitest";
import { sql, SqlQuery } from "../../src/common/sql";

// Every statement of src/ is built with the `sql` tag, which writes one `?` per
// value it binds. So a statement binds exactly as many values as it has
// placeholders, on D1 and on the hosts' SQLite alike (which therefore need no
// SQL tokenizer to check it), as long as no `?` is written into the SQL text
// by hand. These tests hold both halves.

const SOURCES = import.meta.glob("../../src/**/*.ts", { query: "?raw", import: "default", eager: true }) as Record<string, string>;

/** The literal text of each `sql` tagged template in `source` (the parts outside `${…}`), nested ones included. */
function sqlTemplateTexts(source: string): string[] {
  const texts: string[] = [];
  for (const match of source.matchAll(/\bsql`/g)) {
    let text = "";
    let depth = 0;
    for (let i = match.index + 4; i < source.length; i++) {
      const char = source[i]!;
      if (depth === 0) {
        if (char === "`") break;
        if (char === "$" && source[i + 1] === "{") (depth = 1), i++;
        else text += char === "\\" ? source[++i]! : char;
      } else if (char === "{") depth++;
      else if (char === "}") depth--;
    }
    texts.push(text);
  }
  return texts;
}

/** The number of `?` placeholders in a query's text. */
const placeholders = (query: SqlQuery) => query.text.split("?").length - 1;

describe("the sql tag", () => {
  it("writes one ? per interpolated value and binds the values in order", () => {
    const query = sql`SELECT * FROM t WHERE a = ${1} AND b = ${"two"} AND c IN (${null}, ${3})`;
    expect(query.values).toEqual([1, "two", null, 3]);
    expect(placeholders(query)).toBe(query.values.length);
  });

  it("splices a nested query with its own values, in place", () => {
    const inner = sql`x = ${"inner"} AND y = ${2}`;
    const query = sql`SELECT ${0} WHERE ${inner} AND z = ${sql`${"deep"}`} LIMIT ${9}`;
    expect(query.text).toBe("SELECT ? WHERE x = ? AND y = ? AND z = ? LIMIT ?");
    expect(query.values).toEqual([0, "inner", 2, "deep", 9]);
    expect(placeholders(query)).toBe(query.values.length);
  });
});

describe("the SQL of src/", () => {
  it("finds the sql templates of the stores (the scan below reads what it should)", () => {
    const texts = Object.values(SOURCES).flatMap(sqlTemplateTexts);
    expect(texts.length).toBeGreaterThan(40);
    expect(texts.some((text) => text.includes("INSERT INTO spaces"))).toBe(true);
    expect(sqlTemplateTexts("const q = sql`SELECT ? FROM t WHERE a = ${sql`b = ?`}`;")).toEqual(["SELECT ? FROM t WHERE a = ", "b = ?"]);
  });

  it("writes no ? by hand in any sql template, so each statement's placeholders equal its values", () => {
    const handWritten = Object.entries(SOURCES).flatMap(([file, source]) =>
      sqlTemplateTexts(source).filter((text) => text.includes("?")).map((text) => `${file}: ${text.trim()}`),
    );
    expect(handWritten).toEqual([]);
  });

  it("prepares nothing but sql tagged queries: no SQL text is handed to prepare() directly", () => {
    const direct = Object.entries(SOURCES).flatMap(([file, source]) =>
      [...source.matchAll(/\.prepare\(\s*["'`]/g)].map((match) => `${file}: ${source.slice(match.index, match.index + 60)}`),
    );
    expect(direct).toEqual([]);
  });
});
