/** A fixed-window limit: at most `limit` requests per key in each window of `periodSeconds`. */
export interface RateLimitSetting {
  readonly limit: number;
  readonly periodSeconds: number;
}

/** Most keys kept at once; past it, ended windows are dropped, then the oldest keys. */
export const DEFAULT_MAX_KEYS = 100_000;

interface Window {
  startedAt: number;
  count: number;
}

/**
 * The Bun and Deno hosts' rate limiter: the interface of Workers'
 * rate-limiting binding (`limit({key})` → `{success}`), counted in process
 * memory in fixed windows per key. It also says when the key's window ends
 * (`retryAfterSeconds`), which the binding cannot. Memory is bounded: ended
 * windows are swept once per period, and past `maxKeys` the oldest keys go.
 */
export class InProcessRateLimiter {
  readonly #setting: RateLimitSetting;
  readonly #maxKeys: number;
  readonly #now: () => number;
  readonly #windows = new Map<string, Window>();
  #nextSweepAt = 0;

  constructor(setting: RateLimitSetting, { maxKeys = DEFAULT_MAX_KEYS, now = Date.now } = {}) {
    if (!Number.isSafeInteger(setting.limit) || setting.limit < 1 || !(setting.periodSeconds > 0)) {
      throw new TypeError(`a rate limit needs a positive whole limit and period, not ${JSON.stringify(setting)}`);
    }
    this.#setting = setting;
    this.#maxKeys = maxKeys;
    this.#now = now;
  }

  /** How many keys are held now. */
  get size(): number {
    return this.#windows.size;
  }

  async limit({ key }: { key: string }): Promise<{ success: boolean; retryAfterSeconds: number }> {
    const now = this.#now();
    const periodMs = this.#setting.periodSeconds * 1000;
    this.#sweep(now, periodMs);
    let window = this.#windows.get(key);
    if (window === undefined || now - window.startedAt >= periodMs) {
      window = { startedAt: now, count: 0 };
      this.#windows.delete(key); // re-inserted last: Map order is then the order windows began
      this.#windows.set(key, window);
      this.#evictOldest();
    }
    window.count++;
    return { success: window.count <= this.#setting.limit, retryAfterSeconds: (window.startedAt + periodMs - now) / 1000 };
  }

  #sweep(now: number, periodMs: number): void {
    if (now < this.#nextSweepAt) return;
    this.#nextSweepAt = now + periodMs;
    for (const [key, window] of this.#windows) {
      if (now - window.startedAt >= periodMs) this.#windows.delete(key);
    }
  }

  #evictOldest(): void {
    for (const key of this.#windows.keys()) {
      if (this.#windows.size <= this.#maxKeys) return;
      this.#windows.delete(key);
    }
  }
}

/** Parses `N/SECONDS` (CALLER_RATE_LIMIT, ANONYMOUS_RATE_LIMIT); throws a TypeError naming the setting when malformed. */
export function parseRateLimit(value: string, name: string): RateLimitSetting {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const setting = match ? { limit: Number(match[1]), periodSeconds: Number(match[2]) } : undefined;
  if (!setting || setting.limit < 1 || setting.periodSeconds < 1) {
    throw new TypeError(`${name} must be N/SECONDS with both at least 1, such as 600/60; it is ${JSON.stringify(value)}`);
  }
  return setting;
}

/** The two limiters the worker reads from `env`, from the hosts' settings. */
export function rateLimitersFrom(settings: Readonly<Record<string, string | undefined>>) {
  return {
    CALLER_LIMITER: new InProcessRateLimiter(parseRateLimit(settings.CALLER_RATE_LIMIT ?? "600/60", "CALLER_RATE_LIMIT")),
    ANONYMOUS_LIMITER: new InProcessRateLimiter(parseRateLimit(settings.ANONYMOUS_RATE_LIMIT ?? "60/60", "ANONYMOUS_RATE_LIMIT")),
  };
}
