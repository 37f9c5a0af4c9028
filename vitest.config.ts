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
        },
      }),
    ],
    test: {
      include: ["test/**/*.test.ts"],
      exclude: ["test/e2e/**"],
      setupFiles: ["./test/support/applyMigrations.ts", "./test/openapi/contract/contractSetup.ts"],
      globalSetup: ["./test/openapi/openApiTooling.globalSetup.mjs"],
      // The worker logs one JSON line per request; keep test output readable.
      onConsoleLog: (log: string) => !log.startsWith('{"requestId"'),
    },
  };
});
