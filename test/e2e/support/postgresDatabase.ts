import { randomBytes } from "node:crypto";
import { join } from "node:path";
import pg from "pg";
import { applyPostgresMigrations } from "../../../hosts/postgres/applyPostgresMigrations.ts";
import { PROJECT_DIR } from "../../../scripts/lib/hosts.mjs";
import type { PostgresCluster } from "../../support/postgresCluster.ts";

/** A migrated database of its own for one host, in the suite's throwaway cluster. */
export interface PostgresDatabase {
  /** `postgres://postgres:PASSWORD@127.0.0.1:PORT/NAME`. */
  readonly url: string;
  /** Gives the database back; the cluster stops once no host holds one. */
  release(): void;
}

let cluster: Promise<PostgresCluster> | undefined;
let holders = 0;

/**
 * A fresh database with migrations/postgres/ applied (as `npm run migrate`
 * applies them), in one throwaway cluster (test/support/postgresCluster.ts)
 * that the hosts of this process share: started for the first, stopped and
 * removed when the last gives its database back.
 */
export async function createPostgresDatabase(): Promise<PostgresDatabase> {
  holders++;
  try {
    // Loaded here, not at the top: test/support/postgresCluster.ts imports hostProcess.ts, which imports this file.
    cluster ??= import("../../support/postgresCluster.ts").then(({ startPostgresCluster }) => startPostgresCluster());
    const { url: adminUrl } = await cluster;
    const name = `e2e_${randomBytes(6).toString("hex")}`;
    await withClient(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    await withClient(url.toString(), (client) => applyPostgresMigrations(client, join(PROJECT_DIR, "migrations", "postgres")));
    let released = false;
    return {
      url: url.toString(),
      release: () => {
        if (released) return;
        released = true;
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

function release(): void {
  holders--;
  if (holders > 0 || !cluster) return;
  const stopping = cluster;
  cluster = undefined;
  void stopping.then((started) => started.stop(), () => {});
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
