import { describe, expect, it } from "vitest";
import { describeSeconds, lifetimeSetting } from "../../src/settings/describeSetting";
import { setting } from "../../src/settings/setting";
import { MEANINGS, SETTINGS } from "../../src/settings/settingsTable";

describe("the settings table", () => {
  it("gives every setting a meaning, and a default its own parser reads (or none)", () => {
    expect(Object.keys(MEANINGS)).toEqual(Object.keys(SETTINGS));
    for (const [name, row] of Object.entries(SETTINGS)) {
      expect(MEANINGS[name as keyof typeof MEANINGS].trim(), name).not.toBe("");
      expect(name).toMatch(/^[A-Z][A-Z0-9_]*$/);
      if (row.default !== "") expect(row.parser.parse(row.default, name), name).toBeDefined();
    }
  });

  it("lets only settings without a default be required, naming a real setting as the alternative", () => {
    for (const [name, row] of Object.entries(SETTINGS) as [string, { default: string; required?: true | string }][]) {
      if (row.required === undefined) continue;
      expect(row.default, name).toBe("");
      if (row.required !== true) expect(Object.keys(SETTINGS)).toContain(row.required);
    }
  });
});

describe("setting", () => {
  it("parses the given text with the row's parser", () => {
    expect(setting({ AUTH_ALGORITHMS: " ES256 , EdDSA" }, "AUTH_ALGORITHMS")).toEqual(["ES256", "EdDSA"]);
    expect(setting({ CORS_ORIGINS: "https://a.example,https://b.example" }, "CORS_ORIGINS")).toEqual(["https://a.example", "https://b.example"]);
    expect(setting({ SPACE_INVITE_TOKEN_TTL_SECONDS: "60" }, "SPACE_INVITE_TOKEN_TTL_SECONDS")).toBe(60);
    expect(setting({ MAX_SPACES_PER_USER: "0" }, "MAX_SPACES_PER_USER")).toBe(0);
    expect(setting({ CALLER_RATE_LIMIT: "5/10" }, "CALLER_RATE_LIMIT")).toEqual({ limit: 5, periodSeconds: 10 });
    expect(setting({ CONSOLE_SCOPES: " openid email " }, "CONSOLE_SCOPES")).toBe("openid email");
    expect(setting({ PORT: "0" }, "PORT")).toBe(0);
  });

  it("applies the table's default when the text is unset, empty, or a count out of range", () => {
    for (const env of [{}, { CORS_ORIGINS: "" }, { CORS_ORIGINS: " , " }]) expect(setting(env, "CORS_ORIGINS")).toEqual(["*"]);
    expect(setting({ AUTH_ALGORITHMS: "" }, "AUTH_ALGORITHMS")).toEqual(["RS256", "ES256", "EdDSA"]);
    for (const bad of ["", "0", "-5", "1.5", "soon", "1e3x"]) {
      expect(setting({ SPACE_CREATE_TOKEN_TTL_SECONDS: bad }, "SPACE_CREATE_TOKEN_TTL_SECONDS")).toBe(86400);
    }
    expect(setting({ MAX_SPACES_PER_USER: "-1" }, "MAX_SPACES_PER_USER")).toBe(1000);
    expect(setting({}, "ANONYMOUS_RATE_LIMIT")).toEqual({ limit: 60, periodSeconds: 60 });
    expect(setting({}, "CONSOLE_SCOPES")).toBe("openid profile");
    expect(setting({ HOST: "  " }, "HOST")).toBe("127.0.0.1");
  });

  it("answers undefined for an unset setting without a default, and ignores what is not text", () => {
    expect(setting({}, "AUTH_ISSUER")).toBeUndefined();
    expect(setting({ AUTH_ISSUER: " " }, "AUTH_ISSUER")).toBeUndefined();
    expect(setting({ AUTH_ISSUER: " https://idp.example " }, "AUTH_ISSUER")).toBe("https://idp.example");
    expect(setting({ MAX_SPACES_PER_USER: 7 }, "MAX_SPACES_PER_USER")).toBe(1000);
  });

  it("refuses a malformed rate, naming the setting", () => {
    expect(() => setting({ CALLER_RATE_LIMIT: "600" }, "CALLER_RATE_LIMIT")).toThrow(/CALLER_RATE_LIMIT must be N\/SECONDS/);
  });
});

describe("describeSeconds and lifetimeSetting", () => {
  it("say a number of seconds in the largest unit that divides it", () => {
    expect([86_400, 3_600, 7_200, 604_800, 1_209_600, 90, 120, 1, 0].map(describeSeconds))
      .toEqual(["24 hours", "1 hour", "2 hours", "1 week", "2 weeks", "90 seconds", "2 minutes", "1 second", "0 seconds"]);
  });

  it("name a lifetime setting with its default from the table", () => {
    expect(lifetimeSetting("SPACE_INVITE_TOKEN_TTL_SECONDS")).toBe("SPACE_INVITE_TOKEN_TTL_SECONDS (default 24 hours)");
  });
});
