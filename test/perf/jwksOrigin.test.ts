import { afterEach, describe, expect, it, vi } from "vitest";
import { uniqueUser } from "../support/api";
import { expectInvalidToken } from "../support/expectApiError";
import { callWithEnv, requestAs } from "../support/callWithEnv";
import { createIdpKey, stubJwksOrigin, type JwksOrigin } from "./support/jwksOrigin";

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

// `GET /user/spaces` with a user token, through the worker's own fetch, keys from the origin's URL.
function listSpaces(origin: JwksOrigin, token: string): Promise<Response> {
  return callWithEnv("/user/spaces", requestAs(token, "GET"), { AUTH_JWKS_URL: origin.url });
}

describe("user-token keys from AUTH_JWKS_URL", () => {
  it("serves 100 concurrent requests from a cold isolate with one JWKS fetch", async () => {
    const key = await createIdpKey("origin-key-1");
    const origin = stubJwksOrigin([key.publicJwk]);
    const token = await key.mint(uniqueUser());
    const responses = await Promise.all(Array.from({ length: 100 }, () => listSpaces(origin, token)));
    expect(responses.map((response) => response.status)).toEqual(Array(100).fill(200));
    expect(origin.hits()).toBe(1);
  });

  it("serves 100 sequential requests with one JWKS fetch", async () => {
    const key = await createIdpKey("origin-key-1");
    const origin = stubJwksOrigin([key.publicJwk]);
    for (let i = 0; i < 100; i++) {
      expect((await listSpaces(origin, await key.mint(uniqueUser()))).status).toBe(200);
    }
    expect(origin.hits()).toBe(1);
  });

  it("picks up a rotated-in kid with exactly one refresh, shared by the requests that need it", async () => {
    const oldKey = await createIdpKey("rotation-old");
    const newKey = await createIdpKey("rotation-new");
    const origin = stubJwksOrigin([oldKey.publicJwk]);
    expect((await listSpaces(origin, await oldKey.mint(uniqueUser()))).status).toBe(200);
    origin.keys = [oldKey.publicJwk, newKey.publicJwk];
    const token = await newKey.mint(uniqueUser());
    const concurrent = await Promise.all(Array.from({ length: 20 }, () => listSpaces(origin, token)));
    expect(concurrent.map((response) => response.status)).toEqual(Array(20).fill(200));
    for (let i = 0; i < 20; i++) expect((await listSpaces(origin, token)).status).toBe(200);
    expect(origin.hits()).toBe(2);
  });

  it("refuses a kid the origin does not have with 401, refetching once, not once per request", async () => {
    const knownKey = await createIdpKey("known");
    const strangerKey = await createIdpKey("never-published");
    const origin = stubJwksOrigin([knownKey.publicJwk]);
    expect((await listSpaces(origin, await knownKey.mint(uniqueUser()))).status).toBe(200);
    const forged = await strangerKey.mint(uniqueUser());
    for (let i = 0; i < 30; i++) await expectInvalidToken(await listSpaces(origin, forged));
    expect(origin.hits()).toBe(2);
  });

  it("answers 500, not 401, while a cold isolate cannot reach the JWKS origin", async () => {
    const key = await createIdpKey("unreachable");
    const origin = stubJwksOrigin([key.publicJwk]);
    origin.status = 503;
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const response = await listSpaces(origin, await key.mint(uniqueUser()));
    expect(response.status).toBe(500);
    expect(((await response.json()) as { error: string }).error).toBe("internal_server_error");
    expect(String(logged.mock.calls[0]?.[0])).toContain("the JWKS origin answered 503");
  });
});
