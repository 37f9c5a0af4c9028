import { join } from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { applyPostgresMigrations } from "../../../hosts/postgres/applyPostgresMigrations.ts";
import { startPostgresCluster } from "../postgresCluster.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** The migrated database the worker suites run on over PostgreSQL, for the HYPERDRIVE binding (vitest.postgres.config.ts). */
    workerDatabaseUrl: string;
  }
}

/**
 * Global setup of the worker suites on PostgreSQL: a throwaway cluster
 * (test/support/postgresCluster.ts) with one database, migrations/postgres/
 * applied as `npm run migrate` applies them. Stopped and removed at the end.
 */
export default async function setup(project: TestProject) {
  const cluster = await startPostgresCluster();
  try {
    const admin = new pg.Client(cluster.url);
    await admin.connect();
    await admin.query("CREATE DATABASE worker_suites").finally(() => admin.end());
    const url = new URL(cluster.url);
    url.pathname = "/worker_suites";
    const client = new pg.Client(url.toString());
    await client.connect();
    await applyPostgresMigrations(client, join(import.meta.dirname, "../../../migrations/postgres")).finally(() => client.end());
    project.provide("workerDatabaseUrl", url.toString());
    // wrangler reads [env.postgres] before the plugin's `hyperdrives` binding applies, and refuses a
    // Hyperdrive binding without a local connection string: it takes it from here, as `wrangler dev` does.
    process.env.CLOUDFLARE_HYPERDRIVE_LOCAL_CONNECTION_STRING_HYPERDRIVE = url.toString();
  } catch (error) {
    cluster.stop();
    throw error;
  }
  return () => cluster.stop();
}
