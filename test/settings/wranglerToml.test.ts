import { describe, expect, it } from "vitest";
import { parseWranglerConfig } from "../../hosts/config/parseWranglerConfig.ts";
import { SETTINGS } from "../../src/settings/settingsTable";
import wranglerToml from "../../wrangler.toml?raw";

const config = parseWranglerConfig(wranglerToml);
const rows = Object.entries(SETTINGS).map(([name, row]) => ({ name, ...row }));
/** The settings the worker reads on every build, with their defaults: [vars] of the D1 build. */
const workerVars = Object.fromEntries(
  rows.filter((row) => row.scope !== "host process" && row.scope !== "postgres" && !("secret" in row)).map((row) => [row.name, row.default]),
);

describe("wrangler.toml and the settings table", () => {
  it("[vars] holds every setting the worker reads, secrets aside, with the table's default, and nothing else", () => {
    expect(config.vars).toEqual(workerVars);
  });

  it("[secrets] required lists exactly the table's secrets, and no secret has a value in [vars]", () => {
    const secrets = rows.filter((row) => "secret" in row).map((row) => row.name);
    expect(secrets).toEqual(["ZONE_SIGNING_KEY"]);
    expect([...config.secrets.required].sort()).toEqual(secrets.sort());
    for (const name of secrets) expect(config.vars).not.toHaveProperty(name);
  });
});

describe("wrangler.toml [env.postgres], the Hyperdrive build", () => {
  const postgres = config.env.postgres!;

  it("holds in its [vars] the top level's and the PostgreSQL database's settings (DATABASE_MAX_RETRIES), with the table's defaults", () => {
    const databaseVars = Object.fromEntries(rows.filter((row) => row.scope === "postgres").map((row) => [row.name, row.default]));
    expect(Object.keys(databaseVars)).toEqual(["DATABASE_MAX_RETRIES"]);
    expect(postgres.vars).toEqual({ ...workerVars, ...databaseVars });
  });

  it("declares again what wrangler does not inherit: the same define, rate limits and required secrets", () => {
    expect(config.define).toEqual({ OPENAPI_DOCS: "false" });
    expect(postgres.define).toEqual(config.define);
    expect(postgres.ratelimits).toEqual(config.ratelimits);
    expect(postgres.secrets.required).toEqual(config.secrets.required);
  });

  it("has its own entry, nodejs_compat and the HYPERDRIVE binding, no D1, and no committed local connection string", () => {
    expect(postgres.main).toBe("src/indexPostgres.ts");
    expect(postgres.compatibility_flags).toContain("nodejs_compat");
    expect(postgres.hyperdrive.map((binding) => binding.binding)).toEqual(["HYPERDRIVE"]);
    expect(postgres.hyperdrive[0]).not.toHaveProperty("localConnectionString");
    expect(postgres.d1_databases).toEqual([]);
  });
});
