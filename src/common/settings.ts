// Parsed list settings by their text. Settings are few and fixed per deployment,
// so this stays small; hot paths (CORS, token algorithms) parse nothing per request.
const parsedLists = new Map<string, readonly string[]>();
const MAX_PARSED_LISTS = 64;

/** Splits a comma-separated setting into its trimmed, non-empty items. The one parser for list settings. */
export function parseList(value: string | undefined): readonly string[] {
  const text = value ?? "";
  let items = parsedLists.get(text);
  if (items === undefined) {
    items = Object.freeze(text.split(",").map((item) => item.trim()).filter((item) => item !== ""));
    if (parsedLists.size >= MAX_PARSED_LISTS) parsedLists.clear();
    parsedLists.set(text, items);
  }
  return items;
}

/** A configuration value that must be present; a missing one is an operator error (500). */
export function requireSetting(value: string | undefined, name: string): string {
  const trimmed = value?.trim();
  if (!trimmed) throw new Error(`${name} is not configured`);
  return trimmed;
}

/** A whole-number setting, or `fallback` when unset, empty or not a whole number at least `minimum`. */
export function parseCount(value: string | undefined, fallback: number, minimum = 1): number {
  const configured = Number(value?.trim() || Number.NaN);
  return Number.isSafeInteger(configured) && configured >= minimum ? configured : fallback;
}

/** A fixed-window limit: at most `limit` requests per key in each window of `periodSeconds`. */
export interface RateLimitSetting {
  readonly limit: number;
  readonly periodSeconds: number;
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
