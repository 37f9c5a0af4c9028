import { describe, expect, it } from "vitest";
import { parseWranglerConfig } from "../../hosts/config/parseWranglerConfig.ts";
import { SETTINGS } from "../../src/settings/settingsTable";
import wranglerToml from "../../wrangler.toml?raw";

const config = parseWranglerConfig(wranglerToml);
const rows = Object.entries(SETTINGS).map(([name, row]) => ({ name, ...row }));

describe("wrangler.toml and the settings table", () => {
  it("[vars] holds every setting the worker reads, secrets aside, with the table's default, and nothing else", () => {
    const expected = rows.filter((row) => row.scope !== "host process" && !("secret" in row)).map((row) => [row.name, row.default]);
    expect(config.vars).toEqual(Object.fromEntries(expected));
  });

  it("[secrets] required lists exactly the table's secrets, and no secret has a value in [vars]", () => {
    const secrets = rows.filter((row) => "secret" in row).map((row) => row.name);
    expect(secrets).toEqual(["ZONE_SIGNING_KEY"]);
    expect([...config.secrets.required].sort()).toEqual(secrets.sort());
    for (const name of secrets) expect(config.vars).not.toHaveProperty(name);
  });
});
