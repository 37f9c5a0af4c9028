import { describe, expect, it } from "vitest";
import { parseWranglerConfig, rateLimitBinding } from "../../hosts/config/parseWranglerConfig.ts";
import { readWranglerConfig } from "../../hosts/config/readWranglerConfig.ts";

const MINIMAL = 'name = "x"\ncompatibility_date = "2026-01-01"\n';

describe("the wrangler configuration reader", () => {
  it("reads the parts spacegate's tools use, as TOML (comments, escapes, inline tables, arrays of tables)", () => {
    const config = parseWranglerConfig(`${MINIMAL}define = { FLAG = "false" }
# a comment with [vars] in it
[vars]
A = "1" # trailing comment
B = ""
QUOTED = "say \\"hi\\"\\n"
LITERAL = 'C:\\path'

[assets]
directory = "./public"
binding = "ASSETS"

[[ratelimits]]
name = "CALLER_LIMITER"
namespace_id = "1001"
simple = { limit = 600, period = 60 }

[[ratelimits]]
name = "ANONYMOUS_LIMITER"
namespace_id = "1002"
simple = { period = 10, limit = 5 }

[secrets]
required = [
  "S",
  "T",
]

[env.pg]
main = "src/other.ts"
compatibility_flags = ["nodejs_compat"]

[[env.pg.hyperdrive]]
binding = "HYPERDRIVE"
id = "abc"

[env.pg.vars]
A = "2"
`);
    expect(config).toEqual({
      compatibility_date: "2026-01-01",
      define: { FLAG: "false" },
      vars: { A: "1", B: "", QUOTED: 'say "hi"\n', LITERAL: "C:\\path" },
      assets: { directory: "./public" },
      ratelimits: [
        { name: "CALLER_LIMITER", namespace_id: "1001", simple: { limit: 600, period: 60 } },
        { name: "ANONYMOUS_LIMITER", namespace_id: "1002", simple: { limit: 5, period: 10 } },
      ],
      secrets: { required: ["S", "T"] },
      env: {
        pg: {
          main: "src/other.ts",
          compatibility_flags: ["nodejs_compat"],
          define: {},
          vars: { A: "2" },
          secrets: { required: [] },
          ratelimits: [],
          d1_databases: [],
          hyperdrive: [{ binding: "HYPERDRIVE", id: "abc" }],
        },
      },
    });
    expect(rateLimitBinding(config, "ANONYMOUS_LIMITER").simple).toEqual({ limit: 5, period: 10 });
    expect(() => rateLimitBinding(config, "OTHER")).toThrow(/OTHER/);
  });

  it("gives empty parts for what a file leaves out", () => {
    expect(parseWranglerConfig(MINIMAL)).toEqual({ compatibility_date: "2026-01-01", define: {}, vars: {}, secrets: { required: [] }, ratelimits: [], env: {} });
  });

  it("refuses what is not TOML, and parts of the wrong shape, saying where", () => {
    expect(() => parseWranglerConfig(`${MINIMAL}[vars\nA = "1"`)).toThrow();
    expect(() => parseWranglerConfig(`${MINIMAL}[vars]\nA = 1`)).toThrow(/wrangler.toml: vars.A/);
    expect(() => parseWranglerConfig('name = "x"')).toThrow(/compatibility_date/);
  });

  it("reads the project's wrangler.toml", () => {
    const config = readWranglerConfig();
    expect(config.assets?.directory).toBe("./public");
    expect(config.ratelimits.map((binding) => binding.name)).toEqual(["CALLER_LIMITER", "ANONYMOUS_LIMITER"]);
    expect(config.secrets.required).toEqual(["ZONE_SIGNING_KEY"]);
  });
});
