import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { uniqueUser } from "../support/api";
import { userToken } from "../support/tokens";
import { callWithEnv } from "../support/callWithEnv";
import { expectApiError } from "../support/expectApiError";
import { registerProvider } from "../support/providers";
import { expectNothingWritten, rowCounts } from "../support/dbRows";

// The real rate-limiting bindings of the vitest pool, with tight limits:
// 3 requests a minute per caller, 2 failed authentications a minute per address.
const tight = { CALLER_LIMITER: env.TEST_TIGHT_CALLER_LIMITER, ANONYMOUS_LIMITER: env.TEST_TIGHT_ANONYMOUS_LIMITER };

function post(token: string | undefined, path: string, body: unknown, address = "203.0.113.7"): Promise<Response> {
  const headers: Record<string, string> = { "Content-Type": "application/json", "CF-Connecting-IP": address };
  if (token !== undefined) headers["X-Auth-Token"] = token;
  return callWithEnv(path, { method: "POST", headers, body: JSON.stringify(body) }, tight);
}

function get(token: string | undefined, path: string, address = "203.0.113.7"): Promise<Response> {
  const headers: Record<string, string> = { "CF-Connecting-IP": address };
  if (token !== undefined) headers["X-Auth-Token"] = token;
  return callWithEnv(path, { headers }, tight);
}

async function expectTooManyRequests(response: Response): Promise<void> {
  const retryAfter = Number(response.headers.get("Retry-After"));
  expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60, `Retry-After ${retryAfter}`).toBe(true);
  await expectApiError(response, 429, "too_many_requests");
}

describe("CALLER_LIMITER: requests per authenticated caller", () => {
  it("answers the 4th request of a user within the minute with 429 and Retry-After, writing nothing", async () => {
    const token = await userToken(uniqueUser("limited"));
    for (let i = 0; i < 3; i++) expect((await post(token, "/spaces", { name: `Fits ${i}` })).status).toBe(201);
    const before = await rowCounts();
    await expectTooManyRequests(await post(token, "/spaces", { name: "One too many" }));
    await expectNothingWritten(before);
  });

  it("counts each caller on its own: another user, and a provider, are unaffected", async () => {
    const busy = await userToken(uniqueUser("busy"));
    for (let i = 0; i < 3; i++) await get(busy, "/user/spaces");
    await expectTooManyRequests(await get(busy, "/user/spaces"));
    expect((await get(await userToken(uniqueUser("calm")), "/user/spaces")).status).toBe(200);
    const provider = await registerProvider();
    for (let i = 0; i < 3; i++) expect((await get(provider.token, "/provider/spaces")).status).toBe(200);
    await expectTooManyRequests(await get(provider.token, "/provider/spaces"));
  });

  it("counts a request before its body is read: a limited caller's bad body is 429, not 400", async () => {
    const token = await userToken(uniqueUser("early"));
    for (let i = 0; i < 3; i++) await get(token, "/user/spaces");
    await expectTooManyRequests(await post(token, "/spaces", { name: "!" }));
  });
});

describe("ANONYMOUS_LIMITER: failed authentications per client address", () => {
  it("answers the 3rd failed authentication from one address with 429, while a valid caller from it passes", async () => {
    const address = `198.51.100.${Math.floor(Math.random() * 200) + 1}`;
    await expectApiError(await get("not-a-token", "/user/spaces", address), 401, "invalid_token");
    await expectApiError(await get(undefined, "/user/spaces", address), 401, "unauthorized");
    await expectTooManyRequests(await get("not-a-token", "/user/spaces", address));
    expect((await get(await userToken(uniqueUser("valid")), "/user/spaces", address)).status).toBe(200);
    await expectApiError(await get("not-a-token", "/user/spaces", "192.0.2.99"), 401, "invalid_token");
  });

  it("writes nothing for a limited failed authentication", async () => {
    const address = "198.51.100.250";
    await get(undefined, "/user/spaces", address);
    await get(undefined, "/user/spaces", address);
    const before = await rowCounts();
    await expectTooManyRequests(await post(undefined, "/spaces", { name: "Nope" }, address));
    await expectNothingWritten(before);
  });

  it("leaves public routes alone", async () => {
    const address = "198.51.100.251";
    for (let i = 0; i < 4; i++) await get("bad", "/user/spaces", address);
    expect((await get(undefined, "/.well-known/jwks.json", address)).status).toBe(200);
  });
});
