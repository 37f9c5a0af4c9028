import type { TestProject } from "vitest/node";
import { copyDocsViewer } from "../../scripts/lib/docsViewer.mjs";
import { LIMITS_HOST_SETTINGS } from "./support/hostLimits.ts";
import { HOST_MODES, HOST_NAMES, type HostName, startHost } from "./support/hostProcess.ts";
import { migratePostgresDatabase, startPostgresDatabase } from "./support/postgresDatabase.ts";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    devConfig: Record<string, string>;
    hostName: HostName;
    /** The second host, for limits.e2e.ts alone. */
    limitsHost: { baseUrl: string; devConfig: Record<string, string> };
  }
}

/**
 * Bun and Deno see every test's client address as 127.0.0.1, so the general
 * host raises their anonymous limit lest one file's bad tokens refuse
 * another's (on wrangler dev each file claims its own address; see api.ts).
 */
const GENERAL_HOST_SETTINGS = { ANONYMOUS_RATE_LIMIT: "100000/60" };

/**
 * Global setup: starts two instances of the host mode named by E2E_HOST (a
 * key of HOST_MODES, set from `vitest --mode NAME` in vitest.config.ts), at
 * the same time, and stops them after the run: the general one for every
 * file but limits.e2e.ts, and one with small limits whose 429s nobody else
 * sees. A mode over PostgreSQL first starts a throwaway cluster with one
 * empty database, which both instances share (Bun and Deno migrate it at
 * start, under the lock; for wrangler dev this setup migrates it first); the
 * cluster stops after them.
 */
export default async function setup(project: TestProject) {
  const name = (process.env.E2E_HOST ?? "wrangler") as HostName;
  if (!HOST_NAMES.includes(name)) throw new Error(`E2E_HOST must be one of ${HOST_NAMES.join(", ")}, not ${name}`);
  const mode = HOST_MODES[name];
  // The API reference's viewer among the static files, as `npm run console:build` puts it (a copy, no build).
  copyDocsViewer();
  const database = mode.postgres ? await startPostgresDatabase() : undefined;
  // wrangler dev --env postgres migrates nothing at start (npm run deploy:postgres migrates first): here, before it starts.
  if (database && mode.runtime === "wrangler") {
    try {
      await migratePostgresDatabase(database.url);
    } catch (error) {
      database.stop();
      throw error;
    }
  }
  const environment: Record<string, string> = database ? { DATABASE_URL: database.url } : {};
  const started = await Promise.allSettled([
    startHost(mode.runtime, { settings: GENERAL_HOST_SETTINGS, environment }),
    startHost(mode.runtime, { settings: LIMITS_HOST_SETTINGS, environment }),
  ]);
  const stopAll = async () => {
    await Promise.all(started.map((result) => (result.status === "fulfilled" ? result.value.stop() : undefined)));
    database?.stop();
  };
  const failed = started.find((result) => result.status === "rejected");
  if (failed) {
    await stopAll();
    throw failed.reason;
  }
  const [host, limitsHost] = started.map((result) => (result as PromiseFulfilledResult<Awaited<ReturnType<typeof startHost>>>).value);
  project.provide("baseUrl", host!.baseUrl);
  project.provide("devConfig", host!.devConfig);
  project.provide("hostName", name);
  project.provide("limitsHost", { baseUrl: limitsHost!.baseUrl, devConfig: limitsHost!.devConfig });
  return async () => {
    await stopAll();
  };
}
