import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";
import { createTestKeys } from "./test/support/createTestKeys.ts";

/**
 * The store-level worker suites once more, on PostgreSQL (`npm run test:worker:postgres`):
 * in workerd, through the Worker's postgres entry (wrangler.toml [env.postgres],
 * src/indexPostgres.ts), its HYPERDRIVE binding pointed at a migrated database of a
 * throwaway cluster (test/support/postgres/workerDatabase.globalSetup.ts, stopped at the end).
 *
 * Isolation: D1 gives each test file storage of its own; here the files run one at a
 * time and every table is emptied before each file (test/support/postgres/emptyDatabase.ts),
 * so each file starts on an empty, migrated database as it does on D1.
 */
const SUITES = ["spaces", "members", "creation", "tokens", "users", "supports", "providers", "groups", "invitations"];

/** D1-only, by name, with the reason. */
const D1_ONLY: Record<string, string> = {};

export default defineConfig(async () => {
  const keys = await createTestKeys();
  return {
    plugins: [
      cloudflareTest(({ inject }) => ({
        wrangler: { configPath: "./wrangler.toml", environment: "postgres" },
        miniflare: {
          bindings: { ...keys.bindings, TEST_FUZZ_RUNS: process.env.FUZZ_RUNS ?? "" },
          hyperdrives: { HYPERDRIVE: inject("workerDatabaseUrl") },
          // As in vitest.config.ts: the suites share callers, so the limits are lifted.
          ratelimits: {
            CALLER_LIMITER: { namespace_id: "1001", simple: { limit: 1_000_000, period: 60 } },
            ANONYMOUS_LIMITER: { namespace_id: "1002", simple: { limit: 1_000_000, period: 60 } },
          },
        },
      })),
    ],
    // The contract check reads route documentation, so it is compiled in here as in vitest.config.ts.
    define: { OPENAPI_DOCS: "true" },
    resolve: {
      // callWithEnv (test/support/callWithEnv.ts) calls the Worker module itself: here, the postgres entry.
      // Only that import (by its specifier); src/indexPostgres.ts's own import of the D1 Worker stays as it is.
      alias: [{ find: /^\.\.\/\.\.\/src\/index$/, replacement: "../../src/indexPostgres.ts" }],
    },
    test: {
      include: SUITES.map((suite) => `test/${suite}/**/*.test.ts`),
      exclude: Object.keys(D1_ONLY),
      setupFiles: ["./test/support/postgres/emptyDatabase.ts", "./test/openapi/contract/contractSetup.ts"],
      globalSetup: ["./test/support/postgres/workerDatabase.globalSetup.ts"],
      // One database for all files: one file at a time (see above), in one isolate: a file's
      // workerd start costs about 3 s, and what a file leaves behind is emptied before the next.
      maxWorkers: 1,
      fileParallelism: false,
      isolate: false,
      // A Worker connects to the database for every request (locally there is no Hyperdrive to
      // pool), about 30 ms each, so the tests that make dozens of requests need more than 5 s.
      testTimeout: 20_000,
      onConsoleLog: (log: string) => !log.startsWith('{"requestId"'),
    },
  };
});
