import type { SettingParser } from "./settingParsers.ts";
import { type SettingName, SETTINGS } from "./settingsTable.ts";

type Parsed<N extends SettingName> = (typeof SETTINGS)[N]["parser"] extends SettingParser<infer T> ? T : never;

/** A setting's value: its parsed type, or undefined for one without a default that is unset. */
export type SettingValue<N extends SettingName> = (typeof SETTINGS)[N]["default"] extends "" ? Parsed<N> | undefined : Parsed<N>;

/**
 * The value of setting `name` in `env` (the worker's env, or a host's
 * settings): its text parsed by the table's parser, or the table's default
 * when the text is unset or counts as unset (empty; a count out of range).
 * A malformed rate throws a TypeError naming the setting. The one place a
 * default is applied, so a default is stated only in the settings table.
 */
export function setting<N extends SettingName>(env: object, name: N): SettingValue<N> {
  const row: { default: string; parser: SettingParser<unknown> } = SETTINGS[name];
  const given = (env as Record<string, unknown>)[name];
  const value = typeof given === "string" ? row.parser.parse(given, name) : undefined;
  return (value ?? row.parser.parse(row.default, name)) as SettingValue<N>;
}
