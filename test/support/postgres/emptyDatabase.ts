import { env } from "cloudflare:workers";
import { beforeAll } from "vitest";
import type { PostgresConnections } from "../../../src/postgres/PostgresConnections";
import { PostgresDb } from "../../../src/postgres/PostgresDb";
import { requestConnections } from "../../../src/postgres/requestConnections";
import { applicationTables } from "../dbRows";

// Setup file of the worker suites on PostgreSQL (vitest.postgres.config.ts), in place of
// applyMigrations.ts: the migrations are applied once (the global setup), and each test file
// starts on empty tables, as each starts on a fresh D1 in the D1 suites.

if (!("HYPERDRIVE" in env)) throw new Error("the PostgreSQL worker suites need the postgres environment's HYPERDRIVE binding");
const connectionString = (env as unknown as Cloudflare.PostgresEnv).HYPERDRIVE.connectionString;

/** A client of its own for every statement or batch, ended after it: nothing the tests hold crosses requests. */
const clientPerUse: PostgresConnections = {
  async connect() {
    const connections = requestConnections(connectionString);
    const connection = await connections.connect();
    return {
      query: connection.query,
      getTransactionStatus: connection.getTransactionStatus,
      on: connection.on,
      off: connection.off,
      release: (broken?: Error) => {
        connection.release(broken);
        void connections.end();
      },
    };
  },
  end: async () => {},
};

// The tests read rows straight from `env.DB` (test/support/dbRows.ts) as they do on D1.
(env as { DB: unknown }).DB = new PostgresDb(clientPerUse, { serializableSessions: false });

beforeAll(async () => {
  const tables = await applicationTables();
  await env.DB.prepare(`TRUNCATE ${tables.map((name) => `"${name}"`).join(", ")} RESTART IDENTITY CASCADE`).run();
});
