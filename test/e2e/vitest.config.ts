import { defineConfig } from "vitest/config";
import { HOST_MODES, type HostName } from "./support/hostProcess.ts";

// The black-box suite: plain Node.js tests that talk HTTP to one host, chosen
// with `--mode NAME`, a key of HOST_MODES in support/hostProcess.ts (`npm run test:e2e` runs each in turn).
export default defineConfig(({ mode }) => {
  process.env.E2E_HOST ??= mode === "test" ? "wrangler" : mode;
  const host = HOST_MODES[process.env.E2E_HOST as HostName];
  return {
    test: {
      include: ["test/e2e/**/*.e2e.ts"],
      globalSetup: ["test/e2e/startHost.ts"],
      // wrangler dev over PostgreSQL connects to the database afresh for every request (as a
      // Worker does through Hyperdrive; locally there is no Hyperdrive to pool), so the tests
      // that fill a 600-request window take about twice as long as on D1.
      testTimeout: host?.runtime === "wrangler" && host.postgres ? 90_000 : 30_000,
      hookTimeout: 120_000,
    },
  };
});
