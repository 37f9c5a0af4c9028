import type { Db, DbStatement } from "./Db";

/**
 * Prepares SQL that uses numbered parameters (`?1`, `?2`, …) from one shared
 * list, binding exactly as many values as its highest number. D1 refuses a
 * statement bound with more values than it declares, so statements of one
 * batch can share a parameter list without each counting its own.
 */
export function bindNumbered(db: Db, sql: string, params: readonly unknown[]): DbStatement {
  return db.prepare(sql).bind(...params.slice(0, highestParameter(sql)));
}

// The statements are a handful of constant strings: scan each once per isolate.
const highestBySql = new Map<string, number>();

function highestParameter(sql: string): number {
  let highest = highestBySql.get(sql);
  if (highest === undefined) {
    highest = 0;
    for (const match of sql.matchAll(/\?(\d+)/g)) highest = Math.max(highest, Number(match[1]));
    highestBySql.set(sql, highest);
  }
  return highest;
}
