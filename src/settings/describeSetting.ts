import { type SettingName, SETTINGS } from "./settingsTable.ts";

const UNITS = [
  [86_400 * 7, "week"],
  [3_600, "hour"],
  [60, "minute"],
  [1, "second"],
] as const;

/** A number of seconds in words, in the largest unit that divides it: 86400 → "24 hours", 90 → "90 seconds". */
export function describeSeconds(seconds: number): string {
  const [size, unit] = UNITS.find(([size]) => seconds % size === 0 && seconds >= size) ?? UNITS[UNITS.length - 1];
  const amount = seconds / size;
  return `${amount} ${unit}${amount === 1 ? "" : "s"}`;
}

/**
 * "NAME (default 24 hours)" for a lifetime setting, from the settings table's
 * default, so that route descriptions cannot drift from it.
 */
export function lifetimeSetting(name: SettingName & `${string}_SECONDS`): string {
  return `${name} (default ${describeSeconds(Number(SETTINGS[name].default))})`;
}
