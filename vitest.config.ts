import { availableParallelism } from "node:os";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";
import { createTestKeys } from "./test/support/createTestKeys.ts";

export default defineConfig(async () => {
  const migrations = await readD1Migrations("./migrations");
  const keys = await createTestKeys();
  return {
    plugins: [
      cloudflareTest({
        wrangler: { configPath: "./wrangler.toml" },
        miniflare: {
          bindings: { ...keys.bindings, TEST_MIGRATIONS: migrations, TEST_FUZZ_RUNS: process.env.FUZZ_RUNS ?? "" },
          // The suites share callers (the admin, fixed fuzz users) and one client
          // address, so the wrangler.toml limits are lifted here; the rate-limit
          // suite (test/limits/) swaps in the tight real bindings below.
          ratelimits: {
            CALLER_LIMITER: { namespace_id: "1001", simple: { limit: 1_000_000, period: 60 } },
            ANONYMOUS_LIMITER: { namespace_id: "1002", simple: { limit: 1_000_000, period: 60 } },
            TEST_TIGHT_CALLER_LIMITER: { namespace_id: "9001", simple: { limit: 3, period: 60 } },
            TEST_TIGHT_ANONYMOUS_LIMITER: { namespace_id: "9002", simple: { limit: 2, period: 60 } },
          },
        },
      }),
    ],
    // The suites read route documentation (test/openapi/), so it is compiled in here.
    define: { OPENAPI_DOCS: "true" },
    test: {
      include: ["test/**/*.test.ts"],
      exclude: ["test/e2e/**"],
      setupFiles: ["./test/support/applyMigrations.ts", "./test/openapi/contract/contractSetup.ts"],
      globalSetup: ["./test/openapi/openApiTooling.globalSetup.mjs"],
      // Vitest's default (one worker less than the cores) runs the files one at a
      // time on 2 cores; much of a file's time is workerd start-up and D1 waits,
      // so two at a time take about 40 % less wall time there for the same CPU.
      maxWorkers: Math.max(2, availableParallelism() - 1),
      // The worker logs one JSON line per request; keep test output readable.
      onConsoleLog: (log: string) => !log.startsWith('{"requestId"'),
    },
  };
});
