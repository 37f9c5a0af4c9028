import { defineConfig } from "vitest/config";

// The PostgreSQL suite: plain Node.js tests against a throwaway PostgreSQL 15 cluster that
// globalSetup starts (test/support/postgresCluster.ts) and stops; each file makes its own database.
export default defineConfig({
  test: {
    include: ["test/postgres/**/*.pg.ts"],
    globalSetup: ["test/postgres/support/postgresCluster.globalSetup.ts"],
    // Most of a file's time is waiting (for PostgreSQL, for Bun and Deno to start): two at a time
    // take far less wall time than one on 2 cores (the default), each file keeping its own database.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
