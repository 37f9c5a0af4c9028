// Imports carry their .ts extension so that Node's type stripping can load the
// settings table too (scripts/, the bench), not only the bundlers.
import { parseCount, parseList, parseRateLimit, type RateLimitSetting } from "../common/settings.ts";

/**
 * How a setting's text is read. `parse` answers undefined for a text that
 * counts as unset (empty, or for counts not a whole number in range), so that
 * the table's default applies; a malformed rate throws, naming the setting.
 */
export interface SettingParser<T> {
  /** The format in words, for docs/configuration.md. */
  readonly format: string;
  readonly parse: (text: string, name: string) => T | undefined;
}

/** Free text, trimmed. */
export const text: SettingParser<string> = {
  format: "text",
  parse: (value) => value.trim() || undefined,
};

/** A URL (not checked here: the code that fetches it reports a bad one). */
export const url: SettingParser<string> = { ...text, format: "URL" };

/** JSON text, parsed where it is used (a JWK or a JWKS). */
export function json(format: string): SettingParser<string> {
  return { ...text, format };
}

/** Comma-separated items, trimmed, empty ones dropped (parseList). */
export const list: SettingParser<readonly string[]> = {
  format: "comma-separated list",
  parse: (value) => {
    const items = parseList(value);
    return items.length > 0 ? items : undefined;
  },
};

/** A whole number of at least `minimum`, optionally with a unit for the docs. */
export function count(minimum: number, unit = ""): SettingParser<number> {
  return {
    format: `whole number ≥ ${minimum}${unit && ` (${unit})`}`,
    parse: (value) => {
      const parsed = parseCount(value, Number.NaN, minimum);
      return Number.isNaN(parsed) ? undefined : parsed;
    },
  };
}

/** `N/SECONDS`: at most N per window of SECONDS (parseRateLimit). */
export const rate: SettingParser<RateLimitSetting> = {
  format: "`N/SECONDS`",
  parse: (value, name) => (value.trim() === "" ? undefined : parseRateLimit(value, name)),
};
