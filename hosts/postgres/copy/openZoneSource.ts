import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import { DatabaseSync } from "node:sqlite";

/** The zone to copy, opened for reading. */
export interface ZoneSource {
  readonly db: DatabaseSync;
  /** `SQLite database` or `SQL dump`, for the report. */
  readonly kind: string;
  close(): void;
}

/** Every SQLite database file starts with these 16 bytes (sqlite.org/fileformat.html, "The Database Header"). */
const SQLITE_HEADER = "SQLite format 3\0";

function startsLikeSqlite(path: string): boolean {
  const fd = openSync(path, "r");
  try {
    const head = Buffer.alloc(SQLITE_HEADER.length);
    const read = readSync(fd, head, 0, head.length, 0);
    return read === head.length && head.toString("latin1") === SQLITE_HEADER;
  } finally {
    closeSync(fd);
  }
}

/**
 * Opens `path`: a SQLite database file of the Bun and Deno hosts (`SPACEGATE_DB`), read-only, so
 * the copy can never change it; or a SQL dump as `wrangler d1 export` writes it (CREATE TABLE and
 * INSERT statements), loaded into an in-memory SQLite database. Either way the source is then read
 * with the same statements.
 */
export function openZoneSource(path: string): ZoneSource {
  if (startsLikeSqlite(path)) {
    const db = new DatabaseSync(path, { readOnly: true });
    db.exec("PRAGMA busy_timeout = 10000");
    return { db, kind: "SQLite database", close: () => db.close() };
  }
  const db = new DatabaseSync(":memory:");
  try {
    db.exec(readFileSync(path, "utf8"));
  } catch (error) {
    db.close();
    throw new Error(`${path} is neither a SQLite database nor a SQL dump SQLite can load: ${(error as Error).message}`);
  }
  return { db, kind: "SQL dump", close: () => db.close() };
}
