import { describe, expect, it } from "vitest";
import { InProcessRateLimiter, rateLimitersFrom } from "../../hosts/limits/InProcessRateLimiter.ts";

/** A clock the test moves by hand. */
function manualClock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

describe("the in-process rate limiter of the Bun and Deno hosts", () => {
  it("lets N requests of a key through per window, refuses the N+1st with the time left, and opens the next window", async () => {
    const clock = manualClock();
    const limiter = new InProcessRateLimiter({ limit: 3, periodSeconds: 60 }, { now: clock.now });
    for (let i = 0; i < 3; i++) expect((await limiter.limit({ key: "user:a" })).success).toBe(true);
    clock.advance(15_000);
    expect(await limiter.limit({ key: "user:a" })).toEqual({ success: false, retryAfterSeconds: 45 });
    expect((await limiter.limit({ key: "user:b" })).success).toBe(true);
    clock.advance(45_000);
    expect((await limiter.limit({ key: "user:a" })).success).toBe(true);
  });

  it("keeps memory bounded under many distinct keys: ended windows are swept, and past the cap the oldest keys go", async () => {
    const clock = manualClock();
    const limiter = new InProcessRateLimiter({ limit: 1, periodSeconds: 10 }, { now: clock.now, maxKeys: 1000 });
    for (let i = 0; i < 50_000; i++) {
      await limiter.limit({ key: `address:${i}` });
      if (i % 100 === 0) clock.advance(50);
    }
    expect(limiter.size).toBeLessThanOrEqual(1000);
    clock.advance(10_000);
    await limiter.limit({ key: "fresh" });
    expect(limiter.size).toBe(1);
  });

  it("still limits the newest keys when it had to drop old ones", async () => {
    const clock = manualClock();
    const limiter = new InProcessRateLimiter({ limit: 1, periodSeconds: 60 }, { now: clock.now, maxKeys: 10 });
    for (let i = 0; i < 100; i++) await limiter.limit({ key: `k${i}` });
    expect((await limiter.limit({ key: "k99" })).success).toBe(false);
  });

  it("come from CALLER_RATE_LIMIT and ANONYMOUS_RATE_LIMIT (rateLimitersFrom), with the table's defaults when unset", async () => {
    const limiters = rateLimitersFrom({ CALLER_RATE_LIMIT: "2/60", ANONYMOUS_RATE_LIMIT: "" });
    expect(Object.keys(limiters)).toEqual(["CALLER_LIMITER", "ANONYMOUS_LIMITER"]);
    const caller = await Promise.all([1, 2, 3].map(() => limiters.CALLER_LIMITER.limit({ key: "user:a" })));
    expect(caller.map((outcome) => outcome.success)).toEqual([true, true, false]);
    const anonymous = await Promise.all(Array.from({ length: 61 }, () => limiters.ANONYMOUS_LIMITER.limit({ key: "192.0.2.1" })));
    expect(anonymous.filter((outcome) => outcome.success)).toHaveLength(60);
    expect(() => rateLimitersFrom({ CALLER_RATE_LIMIT: "600" })).toThrow(/CALLER_RATE_LIMIT/);
  });
});
