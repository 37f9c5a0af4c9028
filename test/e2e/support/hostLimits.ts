import { rateLimitBinding } from "../../../hosts/config/parseWranglerConfig.ts";
import { readWranglerConfig } from "../../../hosts/config/readWranglerConfig.ts";
import type { RateLimitSetting } from "../../../src/common/settings.ts";
import { setting } from "../../../src/settings/setting.ts";
import { HOST_MODES, type HostName } from "./hostProcess.ts";

/**
 * The settings of the host limits.e2e.ts runs against (started by the global
 * setup): small rate limits on Bun and Deno (wrangler dev keeps
 * wrangler.toml's bindings), and a small space quota on every host.
 */
export const LIMITS_HOST_SETTINGS = { CALLER_RATE_LIMIT: "8/60", ANONYMOUS_RATE_LIMIT: "4/60", MAX_SPACES_PER_USER: "2" };

/** The two rate limits a host enforces: per caller, and failed authentications per client address. */
export interface RateLimits {
  caller: RateLimitSetting;
  anonymous: RateLimitSetting;
}

/**
 * The limits in force on a host started with `settings`: on wrangler dev,
 * wrangler.toml's `[[ratelimits]]` bindings (the settings do not reach them);
 * on Bun and Deno, CALLER_RATE_LIMIT and ANONYMOUS_RATE_LIMIT.
 */
export function effectiveRateLimits(host: HostName, settings: Record<string, string>): RateLimits {
  if (HOST_MODES[host].runtime === "wrangler") {
    const config = readWranglerConfig();
    return { caller: limitOf(rateLimitBinding(config, "CALLER_LIMITER")), anonymous: limitOf(rateLimitBinding(config, "ANONYMOUS_LIMITER")) };
  }
  return { caller: setting(settings, "CALLER_RATE_LIMIT"), anonymous: setting(settings, "ANONYMOUS_RATE_LIMIT") };
}

/** A binding's `simple = { limit, period }` as a rate limit. */
function limitOf({ simple }: { simple: { limit: number; period: number } }): RateLimitSetting {
  return { limit: simple.limit, periodSeconds: simple.period };
}

/**
 * Runs `attempt` so that it falls within one rate-limit window. Workers'
 * local rate limiter counts in windows aligned to the wall clock, all keys
 * rolling over at once: on wrangler dev, an attempt that straddled a window
 * boundary is run once more (with fresh keys: `attempt` makes its own), and
 * filling a window takes well under its period. Bun's and Deno's windows
 * start at a key's first request, so one attempt is enough there.
 */
export async function withinOneWindow<T>(host: HostName, { periodSeconds }: RateLimitSetting, attempt: () => Promise<T>): Promise<T> {
  const windowNow = () => Math.floor(Date.now() / (periodSeconds * 1000));
  const started = windowNow();
  const result = await attempt();
  return HOST_MODES[host].runtime === "wrangler" && windowNow() !== started ? attempt() : result;
}
