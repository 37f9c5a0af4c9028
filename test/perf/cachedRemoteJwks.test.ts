import { errors, type JWTVerifyGetKey } from "jose";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createCachedRemoteJwks } from "../../src/auth/cachedRemoteJwks";
import { createIdpKey, stubJwksOrigin } from "./support/jwksOrigin";

afterEach(() => {
  vi.unstubAllGlobals();
});

const SECOND_MS = 1000;
const NO_TOKEN = { payload: "", signature: "" };

// A clock the test moves by hand, starting at the real time.
function manualClock() {
  let nowMs = Date.now();
  return { now: () => nowMs, advanceSeconds: (seconds: number) => (nowMs += seconds * SECOND_MS) };
}

function header(kid: string): Parameters<JWTVerifyGetKey>[0] {
  return { alg: "ES256", kid };
}

describe("createCachedRemoteJwks", () => {
  it("gives a second isolate the key set through the Cache API, without fetching", async () => {
    const key = await createIdpKey("shared");
    const origin = stubJwksOrigin([key.publicJwk]);
    const firstIsolate = createCachedRemoteJwks(new URL(origin.url));
    const secondIsolate = createCachedRemoteJwks(new URL(origin.url));
    await firstIsolate(header("shared"), NO_TOKEN);
    const imported = await secondIsolate(header("shared"), NO_TOKEN);
    expect(imported).toMatchObject({ type: "public", algorithm: { name: "ECDSA" } });
    expect(origin.hits()).toBe(1);
  });

  it("keeps each imported CryptoKey: the same key object answers every lookup", async () => {
    const key = await createIdpKey("imported-once");
    const origin = stubJwksOrigin([key.publicJwk]);
    const keys = createCachedRemoteJwks(new URL(origin.url));
    const first = await keys(header("imported-once"), NO_TOKEN);
    expect(await keys(header("imported-once"), NO_TOKEN)).toBe(first);
  });

  it("lets an unknown kid refetch again only after the cooldown", async () => {
    const clock = manualClock();
    const key = await createIdpKey("known");
    const origin = stubJwksOrigin([key.publicJwk]);
    const keys = createCachedRemoteJwks(new URL(origin.url), { cooldownSeconds: 30, now: clock.now });
    await keys(header("known"), NO_TOKEN);
    const unknown = () => keys(header("unknown"), NO_TOKEN);
    await expect(unknown()).rejects.toBeInstanceOf(errors.JWKSNoMatchingKey);
    await expect(unknown()).rejects.toBeInstanceOf(errors.JWKSNoMatchingKey);
    expect(origin.hits()).toBe(2);
    clock.advanceSeconds(29);
    await expect(unknown()).rejects.toBeInstanceOf(errors.JWKSNoMatchingKey);
    expect(origin.hits()).toBe(2);
    clock.advanceSeconds(2);
    await expect(unknown()).rejects.toBeInstanceOf(errors.JWKSNoMatchingKey);
    expect(origin.hits()).toBe(3);
  });

  it("refetches a key set once it is older than its maximum age, and not before", async () => {
    const clock = manualClock();
    const key = await createIdpKey("aging");
    const origin = stubJwksOrigin([key.publicJwk]);
    const keys = createCachedRemoteJwks(new URL(origin.url), { maxAgeSeconds: 600, now: clock.now });
    await keys(header("aging"), NO_TOKEN);
    clock.advanceSeconds(599);
    await keys(header("aging"), NO_TOKEN);
    expect(origin.hits()).toBe(1);
    clock.advanceSeconds(2);
    await keys(header("aging"), NO_TOKEN);
    expect(origin.hits()).toBe(2);
  });

  it("serves an expired key set while the origin fails, for a bounded time, retrying once per cooldown", async () => {
    const clock = manualClock();
    const key = await createIdpKey("outage");
    const origin = stubJwksOrigin([key.publicJwk]);
    const keys = createCachedRemoteJwks(new URL(origin.url), {
      maxAgeSeconds: 600,
      cooldownSeconds: 30,
      staleIfErrorSeconds: 3600,
      now: clock.now,
    });
    await keys(header("outage"), NO_TOKEN);
    origin.status = 503;
    clock.advanceSeconds(601);
    await keys(header("outage"), NO_TOKEN);
    await keys(header("outage"), NO_TOKEN);
    expect(origin.hits()).toBe(2);
    clock.advanceSeconds(31);
    await keys(header("outage"), NO_TOKEN);
    expect(origin.hits()).toBe(3);
    clock.advanceSeconds(3600);
    await expect(keys(header("outage"), NO_TOKEN)).rejects.toBeInstanceOf(errors.JOSEError);
  });
});
