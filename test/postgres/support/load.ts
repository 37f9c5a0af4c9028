// A steady load of requests from concurrent clients, each client looping on one instance,
// every answer (or failure to answer) recorded, for the fault tests.
import type { Reply } from "./http.ts";

export interface Sent {
  readonly client: number;
  /** When it was sent and how long it took, in ms. */
  readonly startedAt: number;
  readonly ms: number;
  /** The answer, or why there was none (a refused connection, a timeout). */
  readonly reply?: Reply;
  readonly error?: string;
}

export interface Load {
  readonly sent: readonly Sent[];
  /** Resolves once `predicate` holds for what has been answered so far (checked after each answer). */
  until(predicate: (sent: readonly Sent[]) => boolean, timeoutMs?: number): Promise<void>;
  /** Lets each client finish its request in flight and stop; resolves when all have. */
  stop(): Promise<void>;
}

/**
 * Starts `clients` loops, each sending `request(client, n)` one after another
 * (n counting that client's requests) until stopped. A client whose request
 * fails without an answer (`stopOnError`: its instance is gone) stops looping.
 */
export function startLoad(clients: number, request: (client: number, n: number) => Promise<Reply>, { stopOnError = false } = {}): Load {
  const sent: Sent[] = [];
  const waiters = new Set<() => void>();
  let stopped = false;
  const record = (entry: Sent) => {
    sent.push(entry);
    for (const wake of waiters) wake();
  };
  const loops = Array.from({ length: clients }, async (_, client) => {
    for (let n = 0; !stopped; n++) {
      const startedAt = Date.now();
      try {
        const reply = await request(client, n);
        record({ client, startedAt, ms: Date.now() - startedAt, reply });
      } catch (error) {
        record({ client, startedAt, ms: Date.now() - startedAt, error: String((error as Error).cause ?? error) });
        if (stopOnError) break;
      }
    }
  });
  return {
    sent,
    until: (predicate, timeoutMs = 30_000) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`the load did not get there within ${timeoutMs} ms (${sent.length} answered)`));
        }, timeoutMs);
        const check = () => {
          if (!predicate(sent)) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve();
        };
        waiters.add(check);
        check();
      }),
    stop: async () => {
      stopped = true;
      await Promise.all(loops);
    },
  };
}
