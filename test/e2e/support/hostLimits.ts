import { readFileSync } from "node:fs";
import { parseRateLimit, type RateLimitSetting } from "../../../hosts/limits/InProcessRateLimiter.ts";
import type { HostName } from "./hostProcess.ts";

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
  if (host === "wrangler") {
    const toml = readFileSync("wrangler.toml", "utf8");
    return { caller: ratelimitBinding(toml, "CALLER_LIMITER"), anonymous: ratelimitBinding(toml, "ANONYMOUS_LIMITER") };
  }
  return {
    caller: parseRateLimit(settings.CALLER_RATE_LIMIT!, "CALLER_RATE_LIMIT"),
    anonymous: parseRateLimit(settings.ANONYMOUS_RATE_LIMIT!, "ANONYMOUS_RATE_LIMIT"),
  };
}

/** `simple = { limit, period }` of the `[[ratelimits]]` table named `name`. */
function ratelimitBinding(toml: string, name: string): RateLimitSetting {
  for (const table of toml.split(/^\[\[ratelimits\]\]\s*$/m).slice(1)) {
    const body = table.split(/^\[/m)[0]!;
    if (!new RegExp(`^name\\s*=\\s*"${name}"`, "m").test(body)) continue;
    const simple = /^simple\s*=\s*\{\s*limit\s*=\s*(\d+)\s*,\s*period\s*=\s*(\d+)\s*\}/m.exec(body);
    if (simple) return { limit: Number(simple[1]), periodSeconds: Number(simple[2]) };
  }
  throw new Error(`wrangler.toml has no [[ratelimits]] ${name} with simple = { limit, period }`);
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
  return host === "wrangler" && windowNow() !== started ? attempt() : result;
}
