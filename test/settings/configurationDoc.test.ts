import { expect, it } from "vitest";
import configurationGuide from "../../docs/configuration.md?raw";
import { settingsTableMarkdown } from "../../scripts/openapi/settingsTableMarkdown";
import { SETTINGS } from "../../src/settings/settingsTable";

it("docs/configuration.md holds the settings table as the table renders it (npm run build:openapi), a row per setting", () => {
  const table = settingsTableMarkdown();
  expect(configurationGuide).toContain(`-->\n${table}\n<!--`);
  for (const name of Object.keys(SETTINGS)) expect(table).toContain(`| \`${name}\` |`);
});
