import pg from "pg";
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
