import { describe, expect, inject, it } from "vitest";
import { DEV_ADMIN_USER, mintUserToken } from "../../scripts/lib/devConfig.mjs";
import { expectError, hostMode, hostName, randomClientAddress, sendTo, type SendOptions, unique } from "./support/api.ts";
import { effectiveRateLimits, LIMITS_HOST_SETTINGS, withinOneWindow } from "./support/hostLimits.ts";

/*
 * Limits, on a host of this file's own (LIMITS_HOST_SETTINGS, started by the
 * global setup), so that no other file sees its 429s and its counts start at
 * zero. Bun and Deno take small rate limits from the settings; wrangler dev
 * keeps wrangler.toml's bindings (600 and 60 a minute), and each test there
 * claims its own client address in CF-Connecting-IP.
 */
const host = inject("limitsHost");
const MAX_SPACES_PER_USER = Number(LIMITS_HOST_SETTINGS.MAX_SPACES_PER_USER);
const limits = effectiveRateLimits(hostName, LIMITS_HOST_SETTINGS);
/** Requests sent at once while filling a window (wrangler dev's 600 go by in a few seconds). */
const WAVE = 50;

const call = (method: string, path: string, options?: SendOptions) => sendTo(host.baseUrl, method, path, options);
const tokenOf = (userId: string) => mintUserToken(host.devConfig, userId);
const withAddress = (address: string, options: SendOptions = {}): SendOptions => ({ ...options, headers: { "CF-Connecting-IP": address } });

/** Sends `count` requests, `WAVE` at a time, and answers their statuses. */
async function statusesOf(count: number, request: () => Promise<Response>): Promise<number[]> {
  const statuses: number[] = [];
  while (statuses.length < count) {
    const wave = await Promise.all(Array.from({ length: Math.min(WAVE, count - statuses.length) }, request));
    for (const response of wave) {
      statuses.push(response.status);
      await response.body?.cancel();
    }
  }
  return statuses;
}

/** The documented 429: JSON `too_many_requests` and `Retry-After` in whole seconds, at least 1, at most the window. */
async function expectTooManyRequests(response: Response, periodSeconds: number): Promise<void> {
  await expectError(response, 429, "too_many_requests");
  const retryAfter = response.headers.get("retry-after") ?? "";
  expect(retryAfter).toMatch(/^\d+$/);
  expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
  expect(Number(retryAfter)).toBeLessThanOrEqual(periodSeconds);
}

const allSpaces = async (admin: string, address: string) => {
  const response = await call("GET", "/spaces?limit=1000", withAddress(address, { token: admin }));
  expect(response.status).toBe(200);
  return (await response.json()).spaces;
};

describe(`rate limits, on ${hostName}`, () => {
  it(`a caller's request past ${limits.caller.limit} in the window is 429 with Retry-After and writes nothing; another caller passes`, async () => {
    const admin = await tokenOf(DEV_ADMIN_USER);
    const { address, spacesBefore, statuses, refused } = await withinOneWindow(hostName, limits.caller, async () => {
      const address = randomClientAddress();
      const spacesBefore = await allSpaces(admin, address);
      const user = await tokenOf(unique("e2e-busy"));
      const statuses = await statusesOf(limits.caller.limit, () => call("GET", "/user/spaces", withAddress(address, { token: user })));
      return { address, spacesBefore, statuses, refused: await call("POST", "/spaces", withAddress(address, { token: user, body: { name: "Refused" } })) };
    });
    expect(statuses).toEqual(Array(limits.caller.limit).fill(200));
    await expectTooManyRequests(refused, limits.caller.periodSeconds);
    expect(await allSpaces(admin, address)).toEqual(spacesBefore);
    const other = await call("GET", "/user/spaces", withAddress(address, { token: await tokenOf(unique("e2e-calm")) }));
    expect(other.status).toBe(200);
  });

  it(`failed authentications past ${limits.anonymous.limit} from one address are 429; a valid caller from there passes`, async () => {
    const { address, statuses, refused } = await withinOneWindow(hostName, limits.anonymous, async () => {
      const address = randomClientAddress();
      const guess = () => call("GET", "/user/spaces", withAddress(address, { token: "not.a.jwt" }));
      const statuses = await statusesOf(limits.anonymous.limit, guess);
      return { address, statuses, refused: [await guess(), await call("POST", "/spaces", withAddress(address, { body: {} }))] };
    });
    expect(statuses).toEqual(Array(limits.anonymous.limit).fill(401));
    for (const response of refused) await expectTooManyRequests(response, limits.anonymous.periodSeconds);

    const valid = await call("GET", "/user/spaces", withAddress(address, { token: await tokenOf(unique("e2e-honest")) }));
    expect(valid.status).toBe(200);
    const elsewhere = await call("GET", "/user/spaces", withAddress(randomClientAddress(), { token: "not.a.jwt" }));
    if (hostMode.runtime === "wrangler") {
      expect(elsewhere.status).toBe(401); // another address has its own count
    } else {
      await expectTooManyRequests(elsewhere, limits.anonymous.periodSeconds); // the host overwrites a client's CF-Connecting-IP with the socket peer
    }
  });
});

describe(`the space quota, on ${hostName}`, () => {
  it(`with MAX_SPACES_PER_USER=${MAX_SPACES_PER_USER}, the next create is 403 quota_exceeded; deleting frees a slot`, async () => {
    const address = randomClientAddress();
    const user = await tokenOf(unique("e2e-quota"));
    const created: string[] = [];
    for (let index = 0; index < MAX_SPACES_PER_USER; index++) {
      const response = await call("POST", "/spaces", withAddress(address, { token: user, body: { name: `Quota ${index}` } }));
      expect(response.status).toBe(201);
      created.push(response.headers.get("location")!);
    }
    await expectError(await call("POST", "/spaces", withAddress(address, { token: user, body: { name: "One too many" } })), 403, "quota_exceeded");
    expect((await call("DELETE", created[0]!, withAddress(address, { token: user }))).status).toBe(204);
    expect((await call("POST", "/spaces", withAddress(address, { token: user, body: { name: "Freed" } }))).status).toBe(201);
  });
});
