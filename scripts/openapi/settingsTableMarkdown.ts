import { describeSeconds } from "../../src/settings/describeSetting";
import { MEANINGS, type SettingName, type SettingRow, type SettingScope, SETTINGS } from "../../src/settings/settingsTable";

const WHERE: Record<SettingScope, string> = {
  worker: "every host",
  workers: "Workers only",
  hosts: "Bun and Deno only",
  "host process": "Bun and Deno only, the host process",
  postgres: "PostgreSQL only: the Bun and Deno host process, and Workers over Hyperdrive",
};

/** What the default column says: the default, or that the setting is required, or empty. */
function describeDefault(name: string, row: SettingRow): string {
  if (row.default !== "") {
    const lifetime = name.endsWith("_SECONDS") ? ` (${describeSeconds(Number(row.default))})` : "";
    return `\`${row.default}\`${lifetime}`;
  }
  if (row.required === true) return "(required)";
  if (row.required !== undefined) return `(required unless \`${row.required}\` is set)`;
  return "empty";
}

/**
 * docs/configuration.md's table of settings, one row per entry of the
 * settings table, in its order. Build-time only (`npm run build:openapi`).
 */
export function settingsTableMarkdown(): string {
  const rows = (Object.entries(SETTINGS) as [SettingName, SettingRow][]).map(([name, row]) => {
    const where = `${WHERE[row.scope]}${row.secret ? "; secret" : ""}`;
    const cells = [`\`${name}\``, describeDefault(name, row), row.parser.format, where, MEANINGS[name]];
    return `| ${cells.map((cell) => cell.replaceAll("|", "\\|")).join(" | ")} |`;
  });
  return ["| name | default | format | read | meaning |", "| --- | --- | --- | --- | --- |", ...rows].join("\n");
}
