import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { assetsDirectory, declaredSettings, readSettings } from "../../hosts/config/readSettings.ts";

const dir = mkdtempSync(join(tmpdir(), "spacegate-settings-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const toml = join(dir, "wrangler.toml");
writeFileSync(toml, `name = "x"
[vars]
AUTH_ISSUER = ""
AUTH_ALGORITHMS = "RS256,ES256"
CORS_ORIGINS = "*"

[secrets]
required = ["ZONE_SIGNING_KEY"]
`);
const devVars = join(dir, ".dev.vars");
writeFileSync(devVars, `# comment
AUTH_ISSUER='http://from-dev-vars'
CORS_ORIGINS='https://dev.example'
ZONE_SIGNING_KEY='{"kty":"EC"}'
# DEV_IDP_PRIVATE_JWK='{"d":"secret"}'
UNDECLARED='x'
`);

describe("the hosts' settings", () => {
  it("are the names wrangler.toml declares: [vars] with defaults, required secrets empty", () => {
    expect(Object.fromEntries(declaredSettings(`[vars]\nA = "1"\nB = ""\n[secrets]\nrequired = ["S", "T"]\n[other]\nC = "no"`)))
      .toEqual({ A: "1", B: "", S: "", T: "" });
  });

  it("take the environment first, even an empty value; then .dev.vars; then the default", () => {
    const settings = readSettings({ AUTH_ISSUER: "https://from-env", CORS_ORIGINS: "", PATH: "/bin" }, { wranglerToml: toml, devVars });
    expect(settings).toEqual({
      AUTH_ISSUER: "https://from-env",
      AUTH_ALGORITHMS: "RS256,ES256",
      CORS_ORIGINS: "",
      ZONE_SIGNING_KEY: '{"kty":"EC"}',
    });
  });

  it("work without a .dev.vars, and pass no undeclared name (PATH, the dev IdP's private key)", () => {
    const settings = readSettings({ PATH: "/bin" }, { wranglerToml: toml, devVars: join(dir, "missing") });
    expect(settings).toEqual({ AUTH_ISSUER: "", AUTH_ALGORITHMS: "RS256,ES256", CORS_ORIGINS: "*", ZONE_SIGNING_KEY: "" });
  });

  it("declare every name of the project's wrangler.toml", () => {
    const names = [...declaredSettings(readFileSync("wrangler.toml", "utf8")).keys()];
    expect(names).toEqual(expect.arrayContaining(["AUTH_ISSUER", "AUTH_AUDIENCE", "AUTH_JWKS", "ZONE_ISSUER", "ZONE_SIGNING_KEY", "ADMIN_USERS"]));
  });
});

describe("the hosts' static files", () => {
  it("come from wrangler.toml's [assets] directory", () => {
    expect(assetsDirectory(`[vars]\nA = "1"\n\n[assets]\ndirectory = "./public"\nbinding = "ASSETS"\n\n[other]\ndirectory = "no"`)).toBe("./public");
    expect(assetsDirectory(`[vars]\nA = "1"\n`)).toBeUndefined();
  });
});
