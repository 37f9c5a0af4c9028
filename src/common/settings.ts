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
