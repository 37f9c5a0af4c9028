import type pg from "pg";
import Client from "pg/lib/client";
import type { PostgresConnection, PostgresConnections } from "./PostgresConnections.ts";
import { POSTGRES_TYPES } from "./postgresTypes.ts";

/** How long a request waits for its connection (to Hyperdrive, or the local database) before answering 503. */
const CONNECT_TIMEOUT_MS = 5_000;

/**
 * The connections of one Worker request: a single pipelined `pg` client to
 * `connectionString` (Hyperdrive's), opened at the first statement and kept
 * for the rest of the request, so that no I/O object outlives or crosses
 * requests (Workers forbid it) and Hyperdrive, which pools the database's
 * connections, is reached once. Statements of the request share the client;
 * a pipelined client keeps each batch's BEGIN…COMMIT together. A client that
 * broke is ended and the next statement opens another. `end` closes it.
 */
export function requestConnections(connectionString: string): PostgresConnections {
  let opened: Promise<pg.Client> | undefined;
  const open = async () => {
    const client = new Client({ connectionString, pipeline: true, types: POSTGRES_TYPES, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
    // A socket error while idle is reported here; without a listener it would be thrown.
    client.on("error", () => {});
    await client.connect();
    return client;
  };
  const drop = (client: Promise<pg.Client> | undefined) => client?.then((connected) => connected.end()).catch(() => {});
  return {
    async connect(): Promise<PostgresConnection> {
      const current = (opened ??= open());
      let client: pg.Client;
      try {
        client = await current;
      } catch (error) {
        if (opened === current) opened = undefined;
        throw error;
      }
      return {
        query: client.query.bind(client) as pg.Client["query"],
        getTransactionStatus: () => client.getTransactionStatus(),
        on: (event: "error", listener: (error: Error) => void) => client.on(event, listener),
        off: (event: "error", listener: (error: Error) => void) => client.off(event, listener),
        release(broken?: Error) {
          if (!broken || opened !== current) return;
          opened = undefined;
          void drop(current);
        },
      };
    },
    async end(): Promise<void> {
      const current = opened;
      opened = undefined;
      await drop(current);
    },
  };
}
