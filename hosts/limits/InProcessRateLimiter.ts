import type { RateLimitSetting } from "../../src/common/settings.ts";
import { setting } from "../../src/settings/setting.ts";

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

/** The two limiters the worker reads from `env`, from the hosts' settings (defaults: src/settings/settingsTable.ts). */
export function rateLimitersFrom(settings: Readonly<Record<string, string | undefined>>) {
  return {
    CALLER_LIMITER: new InProcessRateLimiter(setting(settings, "CALLER_RATE_LIMIT")),
    ANONYMOUS_LIMITER: new InProcessRateLimiter(setting(settings, "ANONYMOUS_RATE_LIMIT")),
  };
}
