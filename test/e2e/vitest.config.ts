import { defineConfig } from "vitest/config";

// The black-box suite: plain Node.js tests that talk HTTP to one host, chosen
// with `--mode NAME`, a key of HOST_MODES in support/hostProcess.ts (`npm run test:e2e` runs each in turn).
export default defineConfig(({ mode }) => {
  process.env.E2E_HOST ??= mode === "test" ? "wrangler" : mode;
  return {
    test: {
      include: ["test/e2e/**/*.e2e.ts"],
      globalSetup: ["test/e2e/startHost.ts"],
      testTimeout: 30_000,
      hookTimeout: 120_000,
    },
  };
});
