import { describe, expect, it } from "vitest";
import { parseCount, parseList, parseRateLimit, requireSetting } from "../../src/common/settings";

describe("parseList", () => {
  it("splits on commas, trims, and drops empty items", () => {
    expect(parseList(" a, b ,,c ,")).toEqual(["a", "b", "c"]);
    expect(parseList("")).toEqual([]);
    expect(parseList(undefined)).toEqual([]);
  });

  it("answers each text's own items while it keeps parsed lists, and they cannot be changed", () => {
    const texts = Array.from({ length: 200 }, (_, i) => `user-${i}, admin-${i % 7}`);
    for (const round of [1, 2]) {
      for (const [i, text] of texts.entries()) {
        expect({ round, items: parseList(text) }).toEqual({ round, items: [`user-${i}`, `admin-${i % 7}`] });
      }
    }
    const items = parseList("x,y") as string[];
    expect(() => items.push("z")).toThrow(TypeError);
    expect(parseList("x,y")).toEqual(["x", "y"]);
  });
});

describe("parseCount", () => {
  it("answers a whole number of at least the minimum, else the fallback", () => {
    expect(parseCount(" 42 ", 7)).toBe(42);
    expect(parseCount("0", 7, 0)).toBe(0);
    for (const bad of [undefined, "", " ", "0", "-1", "1.5", "ten", "9007199254740993"]) expect(parseCount(bad, 7)).toBe(7);
  });
});

describe("requireSetting", () => {
  it("answers the trimmed value, and throws naming a setting that is missing or blank", () => {
    expect(requireSetting(" https://idp.example ", "AUTH_ISSUER")).toBe("https://idp.example");
    for (const missing of [undefined, "", "  "]) expect(() => requireSetting(missing, "AUTH_ISSUER")).toThrow("AUTH_ISSUER is not configured");
  });
});

describe("parseRateLimit", () => {
  it("parses N/SECONDS and refuses anything else, naming the setting", () => {
    expect(parseRateLimit("600/60", "CALLER_RATE_LIMIT")).toEqual({ limit: 600, periodSeconds: 60 });
    expect(parseRateLimit(" 5 / 1 ", "X")).toEqual({ limit: 5, periodSeconds: 1 });
    for (const bad of ["", "600", "0/60", "600/0", "-1/60", "1.5/60", "six/60"]) {
      expect(() => parseRateLimit(bad, "CALLER_RATE_LIMIT")).toThrow(/CALLER_RATE_LIMIT/);
    }
  });
});
