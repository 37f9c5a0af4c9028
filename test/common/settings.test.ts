import { describe, expect, it } from "vitest";
import { parseList } from "../../src/common/settings";

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
