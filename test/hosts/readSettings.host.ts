import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { hostedSettings, readSettings } from "../../hosts/config/readSettings.ts";
import { SETTINGS } from "../../src/settings/settingsTable.ts";

const dir = mkdtempSync(join(tmpdir(), "spacegate-settings-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const devVars = join(dir, ".dev.vars");
writeFileSync(devVars, `# comment
AUTH_ISSUER='http://from-dev-vars'
CORS_ORIGINS='https://dev.example'
ZONE_SIGNING_KEY='{"kty":"EC","crv":"P-256"}'
# DEV_IDP_PRIVATE_JWK='{"d":"secret"}'
# ADMIN_USERS='commented-out'
UNDECLARED='x'
`);
const defaults = Object.fromEntries(hostedSettings());

describe("the hosts' settings", () => {
  it("are the table's settings the worker reads on Bun and Deno, with the table's defaults; not the host process's own nor the PostgreSQL database's", () => {
    expect(defaults).toMatchObject({ AUTH_ISSUER: "", AUTH_ALGORITHMS: "RS256,ES256,EdDSA", CORS_ORIGINS: "*", ZONE_SIGNING_KEY: "", CALLER_RATE_LIMIT: "600/60" });
    const expected = Object.entries(SETTINGS).filter(([, row]) => row.scope !== "host process" && row.scope !== "postgres").map(([name]) => name);
    expect(Object.keys(defaults).sort()).toEqual(expected.sort());
  });

  it("take the environment first, even an empty value; then .dev.vars; then the default", () => {
    const settings = readSettings({ AUTH_ISSUER: "https://from-env", CORS_ORIGINS: "", PATH: "/bin" }, { devVars });
    expect(settings).toEqual({
      ...defaults,
      AUTH_ISSUER: "https://from-env",
      CORS_ORIGINS: "",
      ZONE_SIGNING_KEY: '{"kty":"EC","crv":"P-256"}',
    });
  });

  it("read .dev.vars as wrangler dev does: a commented-out line sets nothing", () => {
    expect(readSettings({}, { devVars }).ADMIN_USERS).toBe("");
  });

  it("work without a .dev.vars, and pass no undeclared name (PATH, the dev IdP's private key)", () => {
    const settings = readSettings({ PATH: "/bin", DEV_IDP_PRIVATE_JWK: "{}" }, { devVars: join(dir, "missing") });
    expect(settings).toEqual(defaults);
  });
});
