import { defineConfig } from "vitest/config";

// The PostgreSQL suite: plain Node.js tests against a throwaway PostgreSQL 15 cluster that
// globalSetup starts (test/support/postgresCluster.ts) and stops; each file makes its own database.
export default defineConfig({
  test: {
    include: ["test/postgres/**/*.pg.ts"],
    globalSetup: ["test/postgres/support/postgresCluster.globalSetup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
