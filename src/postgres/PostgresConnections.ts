import type { ClientBase } from "pg";

/**
 * A connection lent to one batch or statement, given back with `release` (with the error that broke it,
 * if one did); `on`/`off` for the "error" it emits when it is lost while in use.
 */
export type PostgresConnection = Pick<ClientBase, "query" | "getTransactionStatus"> & {
  on(event: "error", listener: (error: Error) => void): unknown;
  off(event: "error", listener: (error: Error) => void): unknown;
  release(broken?: Error): void;
};

/**
 * Where a `PostgresDb` takes its connections from: a `pg` pool on Bun and
 * Deno (it satisfies this as it is), or one client for the request on
 * Workers over Hyperdrive (`requestConnections`), which pools for us.
 */
export interface PostgresConnections {
  /** A connection; rejects when the database cannot be reached in time. */
  connect(): Promise<PostgresConnection>;
  /** Ends every connection once those in use are given back. */
  end(): Promise<void>;
}
