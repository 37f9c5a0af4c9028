import pg from "pg";

/** Type parsers: whole numbers as numbers and JSON as its text, as D1 and SQLite answer them. */
const TYPES = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC) return (text: string) => Number(text);
    if (oid === pg.types.builtins.JSON || oid === pg.types.builtins.JSONB) return (text: string) => text;
    return pg.types.getTypeParser(oid, format ?? "text");
  },
};

export interface PostgresPoolSettings {
  /** DATABASE_URL: `postgres://user:password@host:port/database`. */
  readonly url: string;
  /** DATABASE_POOL_MAX: connections this instance may hold, all of them counted. */
  readonly max: number;
  /** How long to wait for a connection before answering 503. */
  readonly connectionTimeoutMs?: number;
}

/**
 * The connection pool of one instance: pipelined clients (a batch is one
 * network round trip), every transaction serializable by default, numbers
 * and JSON answered as D1 answers them. A connection that fails while idle
 * is dropped by the pool; the next request gets a fresh one.
 */
export function createPostgresPool({ url, max, connectionTimeoutMs = 5_000 }: PostgresPoolSettings): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    pipeline: true,
    types: TYPES,
    options: "-c default_transaction_isolation=serializable",
    application_name: "spacegate",
    connectionTimeoutMillis: connectionTimeoutMs,
    keepAlive: true,
  });
  // An idle client's error (the server went away) is reported here; without a listener it would end the process.
  pool.on("error", () => {});
  return pool;
}
