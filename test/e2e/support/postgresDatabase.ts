import { join } from "node:path";
import pg from "pg";
import { applyPostgresMigrations } from "../../../hosts/postgres/applyPostgresMigrations.ts";
import { PROJECT_DIR } from "../../../scripts/lib/hosts.mjs";
import { startPostgresCluster } from "../../support/postgresCluster.ts";

/** A database of a throwaway PostgreSQL cluster, for the modes over PostgreSQL. */
export interface PostgresDatabase {
  /** Its URL, with the password: the hosts' DATABASE_URL. */
  readonly url: string;
  /** Stops the cluster and removes its folder. */
  stop(): void;
}

/**
 * Starts a throwaway cluster (test/support/postgresCluster.ts) and creates an
 * empty database in it. The hosts apply the migrations themselves at start,
 * under the lock, as in production.
 */
export async function startPostgresDatabase(): Promise<PostgresDatabase> {
  const cluster = await startPostgresCluster();
  try {
    const admin = new pg.Client(cluster.url);
    await admin.connect();
    try {
      await admin.query("CREATE DATABASE spacegate_e2e");
    } finally {
      await admin.end();
    }
  } catch (error) {
    cluster.stop();
    throw error;
  }
  const url = new URL(cluster.url);
  url.pathname = "/spacegate_e2e";
  return { url: url.toString(), stop: () => cluster.stop() };
}

/**
 * Applies migrations/postgres/ to the database at `url`, as `npm run migrate`
 * does before `wrangler deploy --env postgres`: a Worker does not migrate at
 * start, so the modes on wrangler dev need it first.
 */
export async function migratePostgresDatabase(url: string): Promise<void> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    await applyPostgresMigrations(client, join(PROJECT_DIR, "migrations", "postgres"));
  } finally {
    await client.end();
  }
}
