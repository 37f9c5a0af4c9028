import { defineConfig } from "vitest/config";

// End-to-end: plain Node.js tests that talk HTTP to a real `wrangler dev`.
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.e2e.ts"],
    globalSetup: ["test/e2e/startWranglerDev.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
