import type { QueryArrayResult, QueryConfig, QueryResult } from "pg";
import { DatabaseUnavailableError } from "../common/DatabaseUnavailableError.ts";
import type { DbDatabase, DbResult, DbSession, DbStatement } from "../common/Db.ts";
import { postgresDialect } from "../common/SqlDialect.ts";
import { namedStatement } from "./namedStatement.ts";
import type { PostgresConnection, PostgresConnections } from "./PostgresConnections.ts";
import { failureOf } from "./postgresErrors.ts";

type Row = Record<string, unknown>;

export interface PostgresDbOptions {
  /** DATABASE_MAX_RETRIES: how many times a batch that failed on a serialization conflict is run again. */
  readonly maxRetries?: number;
  /** Backoff before retry n (from 0): a random wait up to min(capMs, baseMs · 2ⁿ) ("full jitter"). */
  readonly backoff?: { readonly baseMs: number; readonly capMs: number };
  readonly random?: () => number;
  /**
   * Whether every session of `connections` runs SERIALIZABLE by default (the
   * hosts' pool sets it at connection start; default true). Hyperdrive resets
   * a session whenever a transaction ends, so the Worker says false, and then
   * a single statement runs in a SERIALIZABLE transaction of its own, sent in
   * the same pipeline: still one round trip.
   */
  readonly serializableSessions?: boolean;
  /**
   * Whether each statement text is prepared once per connection under a name
   * of its own (namedStatement.ts), so PostgreSQL plans it once per connection
   * rather than on every request (default false). The hosts' pool says true:
   * its connections live long. The Worker leaves it off: its client lives for
   * one request, and Hyperdrive resets a session whenever a transaction ends,
   * which would drop what was prepared.
   */
  readonly namedStatements?: boolean;
}

/** What the client is told to wait: a conflict clears at once, an unreachable database takes longer. */
const RETRY_AFTER_CONFLICT_SECONDS = 1;
const RETRY_AFTER_UNREACHABLE_SECONDS = 5;

/**
 * The `D1-Bookmark` of a session that queried (docs/api.md promises one on
 * every answer that used the database). No replicas: every read sees every
 * acknowledged write, whichever instance serves it, so there is no position
 * to carry and every bookmark is this one, in D1's shape.
 */
export const POSTGRES_BOOKMARK = `00000000-00000000-00000000-${"0".repeat(32)}`;

/**
 * The `DB` binding over PostgreSQL: D1's surface as the code uses it (src/common/Db.ts), with the PostgreSQL
 * dialect. `batch` is one transaction at SERIALIZABLE, sent as one pipeline
 * (BEGIN, the statements, COMMIT: one network round trip), and run again on
 * SQLSTATE 40001 or 40P01 with capped, jittered backoff; single statements
 * run alone, serializable too, and are retried alike.
 * When retries run out or the database cannot be reached, it throws a
 * `DatabaseUnavailableError` (503 `unavailable`); nothing is half written.
 * Its connections come from a pool on Bun and Deno (hosts/postgres/createPostgresPool.ts)
 * and from one client per request on Workers (src/postgres/requestConnections.ts).
 */
export class PostgresDb implements DbDatabase {
  readonly dialect = postgresDialect;
  readonly connections: PostgresConnections;
  readonly #serializableSessions: boolean;
  /** Whether statements are prepared under a name (PostgresDbOptions.namedStatements). */
  readonly namedStatements: boolean;
  readonly #maxRetries: number;
  readonly #backoff: { readonly baseMs: number; readonly capMs: number };
  readonly #random: () => number;

  constructor(
    connections: PostgresConnections,
    { maxRetries = 5, backoff = { baseMs: 5, capMs: 250 }, random = Math.random, serializableSessions = true, namedStatements = false }: PostgresDbOptions = {},
  ) {
    this.connections = connections;
    this.#serializableSessions = serializableSessions;
    this.namedStatements = namedStatements;
    this.#maxRetries = maxRetries;
    this.#backoff = backoff;
    this.#random = random;
  }

  prepare(sql: string): DbStatement {
    return new PostgresStatement(this, sql, []);
  }

  async batch<T = Row>(statements: DbStatement[]): Promise<DbResult<T>[]> {
    const queries = statements.map((statement) => {
      if (!(statement instanceof PostgresStatement) || statement.db !== this) throw new Error("batch takes this database's statements only");
      return statement.query("objects");
    });
    const results = await this.#withRetries((client) => pipelinedTransaction(client, queries));
    return results.map((result) => toDbResult<T>(result));
  }

  /** No replicas: every session reads the primary; once it has queried, its bookmark is POSTGRES_BOOKMARK. */
  withSession(_start?: string): DbSession {
    let queried = false;
    const onQuery = () => void (queried = true);
    return {
      dialect: this.dialect,
      prepare: (sql) => new PostgresStatement(this, sql, [], onQuery),
      batch: async <T = Row>(statements: DbStatement[]) => {
        const results = await this.batch<T>(statements);
        onQuery();
        return results;
      },
      getBookmark: () => (queried ? POSTGRES_BOOKMARK : null),
    };
  }

  /** Runs one statement alone (autocommit, serializable), retried like a batch. */
  single(query: QueryConfig): Promise<QueryResult | QueryArrayResult> {
    if (this.#serializableSessions) return this.#withRetries((client) => client.query(query));
    return this.#withRetries(async (client) => (await pipelinedTransaction(client, [query]))[0]!);
  }

  /** Closes the connections once those in use are given back. */
  close(): Promise<void> {
    return this.connections.end();
  }

  async #withRetries<R>(work: (client: PostgresConnection) => Promise<R>): Promise<R> {
    for (let attempt = 0; ; attempt++) {
      let client: PostgresConnection;
      try {
        client = await this.connections.connect();
      } catch (error) {
        throw unavailable(error, "the database cannot be reached");
      }
      let broken: Error | undefined;
      // The pool listens for "error" only on idle clients: a connection lost while in use here emits it on
      // the client, which without a listener ends the process. Its queries fail too (handled below); it is dropped.
      const lost = (error: Error) => void (broken ??= error);
      client.on("error", lost);
      try {
        return await work(client);
      } catch (error) {
        const failure = failureOf(error);
        if (failure === "unreachable") {
          broken = error as Error;
          throw unavailable(error, "the connection to the database failed");
        }
        if (failure !== "conflict") throw error;
        if (attempt >= this.#maxRetries) {
          throw new DatabaseUnavailableError(`still conflicting after ${attempt + 1} attempts`, RETRY_AFTER_CONFLICT_SECONDS, { cause: error });
        }
      } finally {
        client.off("error", lost);
        client.release(broken);
      }
      const ceiling = Math.min(this.#backoff.capMs, this.#backoff.baseMs * 2 ** attempt);
      await new Promise((resolve) => setTimeout(resolve, this.#random() * ceiling));
    }
  }
}

function unavailable(error: unknown, what: string): DatabaseUnavailableError {
  return new DatabaseUnavailableError(`${what}: ${(error as Error)?.message ?? String(error)}`, RETRY_AFTER_UNREACHABLE_SECONDS, { cause: error });
}

/**
 * BEGIN at SERIALIZABLE, the statements and COMMIT, written together (the
 * clients pipeline: no query waits for the one before it to answer).
 * The first failure in order is the cause; the ones after it only say that
 * the transaction was aborted, and its COMMIT then rolls back. Every value
 * was converted before anything is written (`PostgresStatement.query`), so
 * no statement can fail on this side between BEGIN and COMMIT and leave the
 * others to commit without it.
 */
async function pipelinedTransaction(client: PostgresConnection, queries: readonly QueryConfig[]): Promise<QueryResult[]> {
  const sent = [client.query("BEGIN ISOLATION LEVEL SERIALIZABLE"), ...queries.map((query) => client.query(query)), client.query("COMMIT")];
  const settled = await Promise.allSettled(sent);
  const failed = settled.find((outcome) => outcome.status === "rejected");
  if (failed) {
    // Whatever failed, the transaction is over (its COMMIT answered ROLLBACK); should it not be, it ends here.
    if (client.getTransactionStatus() !== "I") await client.query("ROLLBACK").catch(() => {});
    throw failed.reason;
  }
  const results = settled.map((outcome) => (outcome as PromiseFulfilledResult<QueryResult>).value);
  if (results.at(-1)?.command !== "COMMIT") throw new Error("the transaction did not commit");
  return results.slice(1, -1);
}

/** D1's result shape: the rows, and as changes the rows an INSERT, UPDATE or DELETE touched (RETURNING rows included). */
function toDbResult<T>(result: QueryResult | QueryArrayResult): DbResult<T> {
  const writes = result.command === "INSERT" || result.command === "UPDATE" || result.command === "DELETE" || result.command === "MERGE";
  return { results: result.rows as T[], meta: { changes: writes ? (result.rowCount ?? 0) : 0 } };
}

/** A statement with its bound values; immutable, as `bind` answers a new one. */
class PostgresStatement implements DbStatement {
  readonly db: PostgresDb;
  readonly sql: string;
  readonly values: readonly unknown[];
  /** Tells the session that it has queried, once the query answered (its bookmark is set from then on). */
  readonly onQuery: () => void;

  constructor(db: PostgresDb, sql: string, values: readonly unknown[], onQuery: () => void = () => {}) {
    this.db = db;
    this.sql = sql;
    this.values = values;
    this.onQuery = onQuery;
  }

  bind(...values: unknown[]): DbStatement {
    return new PostgresStatement(this.db, this.sql, values, this.onQuery);
  }

  async first<T = Row>(): Promise<T | null> {
    return (await this.all<T>()).results[0] ?? null;
  }

  async all<T = Row>(): Promise<DbResult<T>> {
    const result = toDbResult<T>(await this.db.single(this.query("objects")));
    this.onQuery();
    return result;
  }

  run<T = Row>(): Promise<DbResult<T>> {
    return this.all<T>();
  }

  async raw<T = unknown[]>(): Promise<T[]> {
    const rows = (await this.db.single(this.query("arrays"))).rows as T[];
    this.onQuery();
    return rows;
  }

  /** The statement as `pg` takes it: `$n` placeholders (prepared once per connection when the Db names statements), values converted as D1 converts them. */
  query(shape: "objects" | "arrays"): QueryConfig {
    // The numbered text comes from namedStatement's cache either way: no placeholder rewrite per request.
    const named = namedStatement(this.sql);
    const statement = this.db.namedStatements ? named : { text: named.text };
    return { ...statement, values: this.values.map(toPostgres), ...(shape === "arrays" ? { rowMode: "array" } : {}) };
  }
}

/** Converts a bound value as D1 does: booleans to 1/0 (which PostgreSQL also reads as a boolean), bytes as bytea; undefined is refused. */
function toPostgres(value: unknown): unknown {
  if (value === null || typeof value === "number" || typeof value === "string") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "bigint") return value.toString();
  // `pg` sends any byte view as bytea (no Buffer here: the Worker build has no Node.js globals to rely on).
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  throw new TypeError(`Type '${typeof value}' not supported for value '${String(value)}'`);
}
