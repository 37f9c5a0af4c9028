import { hostedSettings } from "../../../hosts/config/readSettings.ts";
import { rateLimitersFrom } from "../../../hosts/limits/InProcessRateLimiter.ts";
import { createPostgresPool } from "../../../hosts/postgres/createPostgresPool.ts";
import { PostgresDb } from "../../../src/postgres/PostgresDb.ts";
import { WorkerRunner } from "../../../hosts/runWorker.ts";
import { createTestKeys } from "../../support/createTestKeys.ts";
import { countRoundTrips } from "./countRoundTrips.ts";

/** The worker of src/ in this process over a PostgreSQL database, its round trips counted on the socket. */
export interface WorkerOverPostgres {
  /** The worker's settings (strings only), with the test identity provider's private key, as the D1 suites' `env` has them. */
  readonly env: Readonly<Record<string, string>>;
  /** Answers one request through the worker's own `fetch`, then waits for its `waitUntil` work. */
  fetch(request: Request): Promise<Response>;
  /** Network round trips to PostgreSQL since the last `reset` (connecting not counted). */
  readonly trips: ReturnType<typeof countRoundTrips>;
  /** The statements sent since the last `trips.reset()`, one line each, so that a failing count shows them. */
  statements(): string[];
  close(): Promise<void>;
}

/**
 * Runs src/ as the Bun and Deno hosts run it (hosts/runWorker.ts, the same
 * `env` shape: every hosted setting, the in-process limiters, the PostgreSQL
 * `Db` over the host's own pool), but inside this Node.js process, so that
 * the pool's sockets can be counted (test/postgres/support/countRoundTrips.ts).
 * The keys are the D1 suites' test keys (test/support/createTestKeys.ts).
 */
export async function workerOverPostgres(url: string): Promise<WorkerOverPostgres> {
  const { bindings } = await createTestKeys();
  const settings: Record<string, string> = {
    ...Object.fromEntries(hostedSettings()),
    ...bindings,
    // One suite's callers make hundreds of requests; the limiters still count every one.
    CALLER_RATE_LIMIT: "1000000/60",
    ANONYMOUS_RATE_LIMIT: "1000000/60",
  };
  const pool = createPostgresPool({ url, max: 2 });
  const trips = countRoundTrips(pool);
  const sent: string[] = [];
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as { query: unknown }).query = (...args: unknown[]) => {
      const [config] = args as [string | { text?: string }];
      sent.push((typeof config === "string" ? config : (config.text ?? "")).replace(/\s+/g, " ").trim());
      return query(...args);
    };
  });
  // As the hosts open it (hosts/openDatabase.ts).
  const db = new PostgresDb(pool, { namedStatements: true });
  const runner = new WorkerRunner({ ...settings, ...rateLimitersFrom(settings), DB: db });
  // The runner's first purge runs at once; its round trips are not a request's.
  await runner.idle();
  trips.reset();
  sent.length = 0;
  return {
    env: settings,
    async fetch(request) {
      const response = await runner.fetch(request, "127.0.0.1");
      await runner.idle();
      return response;
    },
    trips: { count: trips.count, reset: () => ((sent.length = 0), trips.reset()) },
    statements: () => [...sent],
    async close() {
      await runner.stop();
      await db.close();
    },
  };
}
