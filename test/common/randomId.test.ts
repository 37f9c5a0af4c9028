import { describe, expect, it } from "vitest";
import { isRandomId, randomId } from "../../src/common/randomId";

describe("randomId", () => {
  it("is 32 lowercase hex characters, fresh each time, with every byte value spelled right", () => {
    const ids = Array.from({ length: 2000 }, randomId);
    expect(ids.every(isRandomId)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    // 32,000 random bytes: every one of the 256 two-digit spellings shows up at byte boundaries.
    const pairs = new Set(ids.flatMap((id) => id.match(/../g)!));
    expect(pairs.size).toBe(256);
    expect(pairs.has("00") && pairs.has("0f") && pairs.has("ff")).toBe(true);
  });
});
