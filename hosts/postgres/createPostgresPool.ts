import pg from "pg";
import { POSTGRES_TYPES } from "../../src/postgres/postgresTypes.ts";

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
    types: POSTGRES_TYPES,
    options: "-c default_transaction_isolation=serializable",
    application_name: "spacegate",
    connectionTimeoutMillis: connectionTimeoutMs,
    keepAlive: true,
  });
  // An idle client's error (the server went away) is reported here; without a listener it would end the process.
  pool.on("error", () => {});
  return pool;
}
