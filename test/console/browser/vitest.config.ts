import { defineConfig } from "vitest/config";

// The console in a real browser: playwright-core drives Debian's Chromium against `wrangler dev`
// and the dev identity provider, both started by the global setup on free ports.
export default defineConfig({
  test: {
    include: ["test/console/browser/**/*.browser.ts"],
    globalSetup: ["test/console/browser/support/startConsoleStack.ts"],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 180_000,
  },
});
