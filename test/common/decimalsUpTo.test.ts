import { describe, expect, it } from "vitest";
import { decimalsUpTo } from "../../src/common/decimalsUpTo";

describe("decimalsUpTo", () => {
  it.each([1, 7, 10, 99, 100, 1000, 4096, 86400, Number.MAX_SAFE_INTEGER])("admits exactly 1 to %d, without leading zeros", (max) => {
    const pattern = decimalsUpTo(max);
    const probes = [0, 1, 2, 9, 10, 11, 99, 100, 101, max - 1, max, max + 1, max * 10, 1000, 1001, 86399, 86401];
    for (const n of probes.filter((value) => Number.isSafeInteger(value) && value >= 0)) {
      expect({ n, admitted: pattern.test(String(n)) }).toEqual({ n, admitted: n >= 1 && n <= max });
    }
    expect(["01", "-1", "1.0", "", " 1", "1e3"].some((text) => pattern.test(text))).toBe(false);
  });

  it("is exact at 2^53-1 digit by digit, where numbers lose precision", () => {
    const pattern = decimalsUpTo(Number.MAX_SAFE_INTEGER);
    expect(pattern.test("9007199254740991")).toBe(true);
    expect(pattern.test("9007199254740992")).toBe(false);
    expect(pattern.test("9007199254740989")).toBe(true);
    expect(pattern.test("9999999999999999")).toBe(false);
  });
});
