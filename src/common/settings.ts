/** Splits a comma-separated setting into its trimmed, non-empty items. */
export function parseList(value: string | undefined): string[] {
  return (value ?? "").split(",").map((item) => item.trim()).filter((item) => item !== "");
}

/** A configuration value that must be present; a missing one is an operator error (500). */
export function requireSetting(value: string | undefined, name: string): string {
  const trimmed = value?.trim();
  if (!trimmed) throw new Error(`${name} is not configured`);
  return trimmed;
}
