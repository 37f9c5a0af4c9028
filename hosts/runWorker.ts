/** The Worker's module interface as the host calls it (src/index.ts, type-checked by the root tsconfig). */
interface WorkerModule {
  fetch(request: Request, env: WorkerEnv, ctx: HostContext): Promise<Response>;
  scheduled(controller: { scheduledTime: number; cron: string; noRetry(): void }, env: WorkerEnv, ctx: HostContext): Promise<void>;
}
/** The Worker's `env`: its settings by name, and `DB`. */
export type WorkerEnv = Record<string, unknown>;
interface HostContext {
  waitUntil(promise: Promise<unknown>): void;
  passThroughOnException(): void;
  props: Record<string, never>;
}

// Imported by a computed path so that hosts/ type-checks with Node's types while
// src/ keeps the Workers types it is written against.
const WORKER_MODULE = "../src/index.ts";
// The hosts run src/ unbundled, so the build-time flag wrangler.toml defines is set here (src/openapi/RouteDoc.ts).
(globalThis as { OPENAPI_DOCS?: boolean }).OPENAPI_DOCS = false;
const worker = ((await import(WORKER_MODULE)) as { default: WorkerModule }).default;

/**
 * The header through which the worker reads the client's address on every
 * host. Cloudflare sets it at the edge; off Cloudflare the host overwrites
 * whatever a client sent with the socket peer's address.
 */
export const CLIENT_ADDRESS_HEADER = "CF-Connecting-IP";

/** Headers only Cloudflare's edge may set; a client sending them here is ignored. */
const EDGE_ONLY_HEADERS = ["cf-ray", "cf-connecting-ip", "cf-ipcountry", "cf-visitor", "true-client-ip"];

const HOUR_MS = 60 * 60 * 1000;
/** How long a stop waits for requests in flight. */
const STOP_LIMIT_MS = 10_000;

/**
 * The Worker of src/ inside a Bun or Deno process: calls its `fetch` with the
 * host's `env` and an ExecutionContext whose `waitUntil` work is awaited on
 * stop, and runs its `scheduled` purge in-process every hour.
 */
export class WorkerRunner {
  readonly #env: WorkerEnv;
  readonly #pending = new Set<Promise<unknown>>();
  readonly #purgeTimer: ReturnType<typeof setInterval>;

  constructor(env: WorkerEnv) {
    this.#env = env;
    this.#purgeTimer = setInterval(() => this.purge(), HOUR_MS);
    this.purge();
  }

  /** Answers one request from a client at `clientAddress`. */
  async fetch(request: Request, clientAddress: string): Promise<Response> {
    const answer = worker.fetch(withPeerAddress(request, clientAddress), this.#env, this.#context());
    this.#track(answer);
    return answer;
  }

  /** Runs the worker's cron job now (src/index.ts `scheduled`); a failure is logged, never thrown. */
  purge(): void {
    const controller = { scheduledTime: Date.now(), cron: "hourly (in-process)", noRetry() {} };
    this.#track(
      Promise.resolve()
        .then(() => worker.scheduled(controller, this.#env, this.#context()))
        .catch((error: unknown) => console.error(JSON.stringify({ message: "purge failed", cause: String(error) }))),
    );
  }

  /** Resolves when no request nor `waitUntil` work is running, or after `limitMs` (a stop never hangs on a stalled client). */
  async idle(limitMs = STOP_LIMIT_MS): Promise<void> {
    const deadline = Date.now() + limitMs;
    while (this.#pending.size > 0 && Date.now() < deadline) {
      const timeLeft = new Promise((resolve) => setTimeout(resolve, deadline - Date.now()));
      await Promise.race([Promise.allSettled([...this.#pending]), timeLeft]);
    }
  }

  /** Stops the hourly purge and waits until idle. */
  async stop(): Promise<void> {
    clearInterval(this.#purgeTimer);
    await this.idle();
  }

  #context(): HostContext {
    return { waitUntil: (promise) => this.#track(promise), passThroughOnException: () => {}, props: {} };
  }

  #track(promise: Promise<unknown>): void {
    const settled = promise.catch(() => {}).finally(() => this.#pending.delete(settled));
    this.#pending.add(settled);
  }
}

let headersMutable = true;

/** The request without edge-only headers, and with the peer's address (Deno's request headers are immutable: a copy there). */
function withPeerAddress(request: Request, clientAddress: string): Request {
  const rewrite = (headers: Headers) => {
    for (const name of EDGE_ONLY_HEADERS) headers.delete(name);
    if (clientAddress) headers.set(CLIENT_ADDRESS_HEADER, clientAddress);
  };
  if (headersMutable) {
    try {
      rewrite(request.headers);
      return request;
    } catch {
      headersMutable = false; // Deno: immutable; copy from now on, without throwing each time
    }
  }
  // Shadow the immutable headers with a rewritten copy; the body stays the runtime's own
  // (a new Request would pipe it through a stream, and reading its signal makes Deno warn).
  const headers = new Headers(request.headers);
  rewrite(headers);
  Object.defineProperty(request, "headers", { value: headers });
  return request;
}
