import { env } from "cloudflare:workers";
import { expect } from "vitest";
import { expectApiError } from "./expectApiError";

/*
 * Fault injection with a real SQLite trigger: D1 fails one table's inserts,
 * for one test's rows only, while a callback runs.
 */

/** The message the injected trigger aborts with; the worker must log it, never answer it. */
export const INJECTED_FAILURE = "injected failure";

/** Words that would betray SQL, D1 or a stack trace in a response body. */
const INTERNALS = ["injected", "SQLITE", "D1_", "INSERT", "TRIGGER", "RAISE", "spaces", "space_", "idempotency_keys", "Error:", "constraint"];

/** SQL string literal for a test-generated value (ids and UUIDs only; no quotes inside). */
export function sqlLiteral(value: string): string {
  if (!/^[\w:-]+$/.test(value)) throw new Error(`not a plain id: ${value}`);
  return `'${value}'`;
}

/**
 * Runs `body` while a uniquely named trigger aborts every insert into `table`
 * whose row matches `whenSql` (an SQL condition on NEW), then drops the
 * trigger, whether `body` succeeded or threw. Returns what `body` returns.
 */
export async function withFailingInsert<T>(table: string, whenSql: string, body: () => Promise<T>): Promise<T> {
  if (!/^\w+$/.test(table)) throw new Error(`not a plain table name: ${table}`);
  const trigger = `inject_${table}_${crypto.randomUUID().replaceAll("-", "")}`;
  await env.DB.prepare(
    `CREATE TRIGGER ${trigger} BEFORE INSERT ON ${table} WHEN ${whenSql}
     BEGIN SELECT RAISE(ABORT, '${INJECTED_FAILURE}'); END`,
  ).run();
  try {
    return await body();
  } finally {
    await env.DB.prepare(`DROP TRIGGER IF EXISTS ${trigger}`).run();
  }
}

/**
 * Asserts the generic 500 for an injected failure: documented JSON naming the
 * request id, the cause logged under that id (`logged` spies on
 * `console.error`), and nothing internal in the body or headers.
 */
export async function expectGeneric500(response: Response, logged: { mock: { calls: unknown[][] } }): Promise<void> {
  const requestId = response.headers.get("X-Request-Id");
  const text = await response.clone().text();
  await expectApiError(response, 500, "internal_server_error");
  expect(requestId).toMatch(/\S/);
  expect((JSON.parse(text) as { error_description: string }).error_description).toContain(requestId!);
  for (const internal of INTERNALS) expect(text).not.toContain(internal);
  expect(text).not.toMatch(/at \S+:\d+:\d+/);
  expect(response.headers.get("Location")).toBeNull();
  expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
  const lines = logged.mock.calls.map((args) => args.map(String).join(" "));
  expect(lines.some((line) => line.includes(requestId!) && line.includes(INJECTED_FAILURE))).toBe(true);
}
