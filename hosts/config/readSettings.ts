import { existsSync, readFileSync } from "node:fs";
import dotenv from "dotenv";
import { type SettingName, SETTINGS } from "../../src/settings/settingsTable.ts";

/**
 * The names the worker reads on Bun and Deno (src/settings/settingsTable.ts:
 * every setting but the Workers-only ones and those of the host process),
 * with their defaults.
 */
export function hostedSettings(): Map<SettingName, string> {
  const rows = Object.entries(SETTINGS) as [SettingName, (typeof SETTINGS)[SettingName]][];
  return new Map(rows.filter(([, row]) => row.scope === "worker" || row.scope === "hosts").map(([name, row]) => [name, row.default]));
}

/**
 * The worker's configuration on Bun and Deno, by the names of the settings
 * table: an environment variable that is set, even to "", wins; then
 * `.dev.vars` (read as wrangler dev reads it, with dotenv); then the table's
 * default. No other environment variable reaches the worker.
 */
export function readSettings(
  environment: Record<string, string | undefined>,
  { devVars = ".dev.vars" } = {},
): Record<string, string> {
  const local: Record<string, string> = existsSync(devVars) ? dotenv.parse(readFileSync(devVars)) : {};
  const settings: Record<string, string> = {};
  for (const [name, fallback] of hostedSettings()) {
    settings[name] = environment[name] ?? local[name] ?? fallback;
  }
  return settings;
}
