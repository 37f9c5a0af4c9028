import { createLocalJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify, type JSONWebKeySet } from "jose";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { allowedMethods, call, callAs, errorCode, uniqueUser } from "../support/api";
import { userToken } from "../support/tokens";
import { registerProvider } from "../support/providers";

const DAY_SECONDS = 24 * 60 * 60;

async function requestToken(accessToken: string, method: "GET" | "POST", body?: unknown): Promise<Response> {
  return callAs(accessToken, method, "/user/spaces/token", body);
}

describe("GET and POST /user/spaces/token", () => {
  it.each(["GET", "POST"] as const)("%s gives a user 200 {token} with Cache-Control no-store", async (method) => {
    const response = await requestToken(await userToken(uniqueUser()), method);
    expect(response.status).toBe(200);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(response.headers.get("Content-Type")).toBe("application/json");
    const body = (await response.json()) as { token: string };
    expect(Object.keys(body)).toEqual(["token"]);
    expect(typeof body.token).toBe("string");
  });

  it.each(["GET", "POST"] as const)(
    "%s issues a space-create+jwt for the calling user, with a jti and exp about 24 h away",
    async (method) => {
      const user = uniqueUser();
      const before = Math.floor(Date.now() / 1000);
      const response = await requestToken(await userToken(user), method);
      const after = Math.floor(Date.now() / 1000);
      const { token } = (await response.json()) as { token: string };
      expect(decodeProtectedHeader(token).typ).toBe("space-create+jwt");
      const claims = decodeJwt(token);
      expect(claims.sub).toBe(user);
      expect(claims.iss).toBe(env.ZONE_ISSUER);
      expect(claims.jti).toMatch(/^[0-9a-f]{32}$/);
      expect(claims.exp).toBeGreaterThanOrEqual(before + DAY_SECONDS);
      expect(claims.exp).toBeLessThanOrEqual(after + DAY_SECONDS);
      expect(claims).not.toHaveProperty("provider");
    },
  );

  it("gives every token its own jti, also for the same user", async () => {
    const accessToken = await userToken(uniqueUser());
    const first = (await (await requestToken(accessToken, "GET")).json()) as { token: string };
    const second = (await (await requestToken(accessToken, "POST")).json()) as { token: string };
    const third = (await (await requestToken(accessToken, "POST", {})).json()) as { token: string };
    const jtis = [first, second, third].map(({ token }) => decodeJwt(token).jti);
    expect(new Set(jtis).size).toBe(3);
    expect(new Set([first.token, second.token, third.token]).size).toBe(3);
  });

  it("binds a POSTed token to the provider it names", async () => {
    const { providerId } = await registerProvider();
    const response = await requestToken(await userToken(uniqueUser()), "POST", { provider: providerId });
    expect(response.status).toBe(200);
    const { token } = (await response.json()) as { token: string };
    expect(decodeJwt(token).provider).toBe(providerId);
  });

  it("issues tokens that verify against the published zone keys", async () => {
    const user = uniqueUser();
    const { token } = (await (await requestToken(await userToken(user), "GET")).json()) as { token: string };
    const jwks = (await (await call("/.well-known/jwks.json")).json()) as JSONWebKeySet;
    const { payload } = await jwtVerify(token, createLocalJWKSet(jwks), {
      issuer: env.ZONE_ISSUER,
      audience: env.ZONE_ISSUER,
      typ: "space-create+jwt",
    });
    expect(payload.sub).toBe(user);
  });

  it.each(["GET", "POST"] as const)("%s refuses a provider with 403 forbidden", async (method) => {
    const provider = await registerProvider();
    const response = await requestToken(provider.token, method);
    expect(response.status).toBe(403);
    expect(await errorCode(response)).toBe("forbidden");
  });

  it.each([
    ["too short", "abc"],
    ["upper case", "A".repeat(32)],
    ["not hex", "z".repeat(32)],
    ["too long", "a".repeat(33)],
    ["empty", ""],
    ["a number", 12345],
    ["null", null],
  ])("POST refuses a provider id that is %s with 400 invalid_request", async (_label, provider) => {
    const response = await requestToken(await userToken(uniqueUser()), "POST", { provider });
    expect(response.status).toBe(400);
    expect(await errorCode(response)).toBe("invalid_request");
  });

  it("refuses an anonymous caller with 401 unauthorized", async () => {
    const response = await call("/user/spaces/token");
    expect(response.status).toBe(401);
    expect(await errorCode(response)).toBe("unauthorized");
  });

  it("answers DELETE with 405 method_not_allowed and Allow", async () => {
    const response = await callAs(await userToken(uniqueUser()), "DELETE", "/user/spaces/token");
    expect(response.status).toBe(405);
    expect(allowedMethods(response)).toEqual(["GET", "HEAD", "POST"]);
    expect(await errorCode(response)).toBe("method_not_allowed");
  });

  it("refuses a space creation token used as an access token with 401 invalid_token", async () => {
    const { token } = (await (await requestToken(await userToken(uniqueUser()), "GET")).json()) as { token: string };
    for (const [method, path] of [["GET", "/user/spaces"], ["POST", "/spaces"], ["GET", "/user/spaces/token"]] as const) {
      const response = await callAs(token, method, path, method === "POST" ? {} : undefined);
      expect(response.status).toBe(401);
      expect(response.headers.get("WWW-Authenticate")).toBe('Bearer error="invalid_token"');
      expect(await errorCode(response)).toBe("invalid_token");
    }
    const bearer = await call("/user/spaces", { headers: { Authorization: `Bearer ${token}` } });
    expect(bearer.status).toBe(401);
    expect(await errorCode(bearer)).toBe("invalid_token");
  });
});

describe("Cache-Control: no-store on the creation token responses", () => {
  /** Asserts a 2xx JSON response whose body holds a token and that no cache may store. */
  async function expectUncachedToken(response: Response, status: number): Promise<void> {
    expect({ status: response.status, cacheControl: response.headers.get("Cache-Control") }).toEqual({ status, cacheControl: "no-store" });
    expect(typeof ((await response.json()) as { token?: unknown }).token).toBe("string");
  }

  it.each(["", "/api/v3/onezone"])("on the space creation token responses, GET and POST (unbound and bound), at %j", async (base) => {
    const token = await userToken(uniqueUser());
    await expectUncachedToken(await callAs(token, "GET", `${base}/user/spaces/token`), 200);
    await expectUncachedToken(await callAs(token, "POST", `${base}/user/spaces/token`, {}), 200);
    await expectUncachedToken(await callAs(token, "POST", `${base}/user/spaces/token`, { provider: (await registerProvider()).providerId }), 200);
  });

  it("on HEAD of the space creation token route, which carries no body but the same headers", async () => {
    const response = await callAs(await userToken(uniqueUser()), "HEAD", "/user/spaces/token");
    expect({ status: response.status, cacheControl: response.headers.get("Cache-Control") }).toEqual({ status: 200, cacheControl: "no-store" });
  });
});
