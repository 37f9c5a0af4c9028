import { defineConfig } from "vitest/config";

// Host-process tests of the Bun and Deno hosts (crash safety, graceful stop, backup, purge),
// plain Node.js tests that start and kill the hosts themselves, one at a time.
export default defineConfig({
  test: {
    include: ["test/hosts/**/*.host.ts"],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
