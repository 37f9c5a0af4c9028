import { defineConfig } from "vitest/config";

// The PostgreSQL suite: plain Node.js tests against a throwaway PostgreSQL 15 cluster that
// globalSetup starts (test/support/postgresCluster.ts) and stops; each file makes its own database.
export default defineConfig({
  resolve: {
    // The D1 suites' request and fixture helpers (test/support/) reach the worker and its keys through
    // `cloudflare:workers`; here they reach the worker over PostgreSQL (test/postgres/roundTrips.pg.ts).
    alias: { "cloudflare:workers": new URL("./support/cloudflareWorkers.ts", import.meta.url).pathname },
  },
  test: {
    include: ["test/postgres/**/*.pg.ts"],
    globalSetup: ["test/postgres/support/postgresCluster.globalSetup.ts"],
    // Most of a file's time is waiting (for PostgreSQL, for Bun and Deno to start): two at a time
    // take far less wall time than one on 2 cores (the default), each file keeping its own database.
    maxWorkers: 2,
    testTimeout: 30_000,
    // The worker in this process (roundTrips.pg.ts) logs one JSON line per request; keep test output readable.
    onConsoleLog: (log: string) => !log.startsWith('{"requestId"'),
    hookTimeout: 60_000,
  },
});
