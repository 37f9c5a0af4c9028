import type { WorkerOverPostgres } from "./workerOverPostgres.ts";

// What the D1 suites' helpers (test/support/api.ts, tokens.ts and the fixtures over them) read from
// `cloudflare:workers`, for the PostgreSQL suites that reuse them in Node.js: test/postgres/vitest.config.ts
// resolves that module here. `env` holds the worker's settings and keys; `exports.default.fetch`
// is the worker over PostgreSQL that `useWorker` installed.

let current: WorkerOverPostgres | undefined;

export const env: Record<string, string> = {};

export const exports = {
  default: {
    fetch(request: Request): Promise<Response> {
      if (!current) throw new Error("no worker installed: call useWorker first");
      return current.fetch(request);
    },
  },
};

/** Makes `worker` the one the shared helpers call, and its settings their `env`. */
export function useWorker(worker: WorkerOverPostgres): void {
  current = worker;
  for (const name of Object.keys(env)) delete env[name];
  Object.assign(env, worker.env);
}

declare global {
  /** WebCrypto's key type, which the shared token helpers name (a global in Workers' types, not in Node's). */
  type CryptoKey = import("node:crypto").webcrypto.CryptoKey;
}
