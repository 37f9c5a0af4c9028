import { createLocalJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify, type JSONWebKeySet } from "jose";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { allowedMethods, call, callAs, errorCode, uniqueUser } from "../support/api";
import { userToken } from "../support/tokens";
import { adminToken, registerProvider, uniqueProviderName } from "../support/providers";

describe("POST /providers", () => {
  it("lets an admin register a provider: 201, Location, {providerId, token}, no-store", async () => {
    const response = await callAs(await adminToken(), "POST", "/providers", { name: uniqueProviderName() });
    expect(response.status).toBe(201);
    const body = (await response.json()) as { providerId: string; token: string };
    expect(Object.keys(body).sort()).toEqual(["providerId", "token"]);
    expect(body.providerId).toMatch(/^[0-9a-f]{32}$/);
    expect(typeof body.token).toBe("string");
    expect(response.headers.get("Location")).toBe(`/providers/${body.providerId}`);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(response.headers.get("Content-Type")).toBe("application/json");
  });

  it("lets every user listed in ADMIN_USERS register, not only the first", async () => {
    const response = await callAs(await userToken("root"), "POST", "/providers", { name: uniqueProviderName() });
    expect(response.status).toBe(201);
  });

  it("issues a provider token typed provider+jwt whose sub is the provider id", async () => {
    const { providerId, token } = await registerProvider();
    expect(decodeProtectedHeader(token).typ).toBe("provider+jwt");
    const claims = decodeJwt(token);
    expect(claims.sub).toBe(providerId);
    expect(claims.iss).toBe(env.ZONE_ISSUER);
  });

  it("gives every registration its own id and token", async () => {
    const first = await registerProvider();
    const second = await registerProvider();
    expect(first.providerId).not.toBe(second.providerId);
    expect(first.token).not.toBe(second.token);
  });

  it("refuses a non-admin user with 403 forbidden", async () => {
    const response = await callAs(await userToken(uniqueUser()), "POST", "/providers", { name: uniqueProviderName() });
    expect(response.status).toBe(403);
    expect(await errorCode(response)).toBe("forbidden");
  });

  it("refuses a user whose id merely contains an admin's id with 403 forbidden", async () => {
    const response = await callAs(await userToken("admin,root"), "POST", "/providers", { name: uniqueProviderName() });
    expect(response.status).toBe(403);
    expect(await errorCode(response)).toBe("forbidden");
  });

  it("refuses a provider with 403 forbidden", async () => {
    const provider = await registerProvider();
    const response = await callAs(provider.token, "POST", "/providers", { name: uniqueProviderName() });
    expect(response.status).toBe(403);
    expect(await errorCode(response)).toBe("forbidden");
  });

  it("checks the caller before the body: a non-admin with a bad name gets 403, not 400", async () => {
    const response = await callAs(await userToken(uniqueUser()), "POST", "/providers", { name: "-" });
    expect(response.status).toBe(403);
    expect(await errorCode(response)).toBe("forbidden");
  });

  it("refuses an anonymous registration with 401 unauthorized", async () => {
    const response = await call("/providers", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ name: uniqueProviderName() }),
    });
    expect(response.status).toBe(401);
    expect(await errorCode(response)).toBe("unauthorized");
  });

  it.each([
    ["missing", {}],
    ["empty", { name: "" }],
    ["one character", { name: "a" }],
    ["starting with a dash", { name: "-storage" }],
    ["ending with a dot", { name: "storage." }],
    ["with a slash", { name: "a/b" }],
    ["too long", { name: "a".repeat(129) }],
    ["a number", { name: 42 }],
  ])("refuses a name that is %s with 400 invalid_request", async (_label, body) => {
    const response = await callAs(await adminToken(), "POST", "/providers", body);
    expect(response.status).toBe(400);
    expect(await errorCode(response)).toBe("invalid_request");
  });
});

describe("GET /providers/{id}", () => {
  it("shows an admin the provider's id and name", async () => {
    const name = uniqueProviderName();
    const { providerId } = await registerProvider(name);
    const response = await callAs(await adminToken(), "GET", `/providers/${providerId}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ providerId, name });
  });

  it("shows the provider itself its id and name", async () => {
    const name = uniqueProviderName();
    const { providerId, token } = await registerProvider(name);
    const response = await callAs(token, "GET", `/providers/${providerId}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ providerId, name });
  });

  it("answers another provider with 404 not_found", async () => {
    const target = await registerProvider();
    const other = await registerProvider();
    const response = await callAs(other.token, "GET", `/providers/${target.providerId}`);
    expect(response.status).toBe(404);
    expect(await errorCode(response)).toBe("not_found");
  });

  it("answers a plain user with 404 not_found", async () => {
    const target = await registerProvider();
    const response = await callAs(await userToken(uniqueUser()), "GET", `/providers/${target.providerId}`);
    expect(response.status).toBe(404);
    expect(await errorCode(response)).toBe("not_found");
  });

  it("answers an admin asking for an unknown or malformed id with 404 not_found", async () => {
    const admin = await adminToken();
    for (const id of ["0".repeat(32), "not-an-id", "A".repeat(32)]) {
      const response = await callAs(admin, "GET", `/providers/${id}`);
      expect(response.status).toBe(404);
      expect(await errorCode(response)).toBe("not_found");
    }
  });
});

describe("DELETE /providers/{id}", () => {
  it("lets an admin unregister a provider; its token is refused on the very next request", async () => {
    const { providerId, token } = await registerProvider();
    const before = await callAs(token, "GET", `/providers/${providerId}`);
    expect(before.status).toBe(200);

    const deleted = await callAs(await adminToken(), "DELETE", `/providers/${providerId}`);
    expect(deleted.status).toBe(204);
    expect(await deleted.text()).toBe("");

    const after = await callAs(token, "GET", "/provider/spaces");
    expect(after.status).toBe(401);
    expect(after.headers.get("WWW-Authenticate")).toBe('Bearer error="invalid_token"');
    expect(await errorCode(after)).toBe("invalid_token");
  });

  it("answers a second delete with 404 not_found", async () => {
    const { providerId } = await registerProvider();
    const admin = await adminToken();
    expect((await callAs(admin, "DELETE", `/providers/${providerId}`)).status).toBe(204);
    const again = await callAs(admin, "DELETE", `/providers/${providerId}`);
    expect(again.status).toBe(404);
    expect(await errorCode(again)).toBe("not_found");
    const read = await callAs(admin, "GET", `/providers/${providerId}`);
    expect(read.status).toBe(404);
    expect(await errorCode(read)).toBe("not_found");
  });

  it("refuses a non-admin user with 403 forbidden and keeps the provider", async () => {
    const { providerId, token } = await registerProvider();
    const response = await callAs(await userToken(uniqueUser()), "DELETE", `/providers/${providerId}`);
    expect(response.status).toBe(403);
    expect(await errorCode(response)).toBe("forbidden");
    expect((await callAs(token, "GET", `/providers/${providerId}`)).status).toBe(200);
  });

  it("refuses the provider itself with 403 forbidden", async () => {
    const { providerId, token } = await registerProvider();
    const response = await callAs(token, "DELETE", `/providers/${providerId}`);
    expect(response.status).toBe(403);
    expect(await errorCode(response)).toBe("forbidden");
    expect((await callAs(token, "GET", `/providers/${providerId}`)).status).toBe(200);
  });

  it("leaves other providers' tokens working", async () => {
    const revoked = await registerProvider();
    const kept = await registerProvider();
    expect((await callAs(await adminToken(), "DELETE", `/providers/${revoked.providerId}`)).status).toBe(204);
    const response = await callAs(kept.token, "GET", `/providers/${kept.providerId}`);
    expect(response.status).toBe(200);
  });
});

describe("GET /.well-known/jwks.json", () => {
  it("serves the zone's public keys without any private member", async () => {
    const response = await call("/.well-known/jwks.json");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/json");
    const jwks = (await response.json()) as JSONWebKeySet;
    expect(jwks.keys.length).toBeGreaterThanOrEqual(1);
    const signing = JSON.parse(env.ZONE_SIGNING_KEY) as { kid: string };
    expect(jwks.keys[0]!.kid).toBe(signing.kid);
    for (const key of jwks.keys) {
      for (const member of ["d", "p", "q", "dp", "dq", "qi", "k", "oth"]) expect(key).not.toHaveProperty(member);
    }
  });

  it("publishes a key that verifies a zone-issued provider token", async () => {
    const { providerId, token } = await registerProvider();
    const jwks = (await (await call("/.well-known/jwks.json")).json()) as JSONWebKeySet;
    const { payload, protectedHeader } = await jwtVerify(token, createLocalJWKSet(jwks), {
      issuer: env.ZONE_ISSUER,
      typ: "provider+jwt",
    });
    expect(payload.sub).toBe(providerId);
    expect(protectedHeader.kid).toBe(jwks.keys[0]!.kid);
  });

  it("answers under the 3.0 base path too", async () => {
    const response = await call("/api/v3/onezone/.well-known/jwks.json");
    expect(response.status).toBe(200);
    expect(((await response.json()) as JSONWebKeySet).keys.length).toBeGreaterThanOrEqual(1);
  });

  it("answers POST with 405 method_not_allowed and Allow", async () => {
    const response = await call("/.well-known/jwks.json", { method: "POST" });
    expect(response.status).toBe(405);
    expect(allowedMethods(response)).toEqual(["GET", "HEAD"]);
    expect(await errorCode(response)).toBe("method_not_allowed");
  });
});

describe("Cache-Control: no-store on the registration response, which carries the provider token", () => {
  it.each(["", "/api/v3/onezone"])("at %j", async (base) => {
    const response = await callAs(await adminToken(), "POST", `${base}/providers`, { name: uniqueProviderName() });
    expect({ status: response.status, cacheControl: response.headers.get("Cache-Control") }).toEqual({ status: 201, cacheControl: "no-store" });
    expect(typeof ((await response.json()) as { token?: unknown }).token).toBe("string");
  });
});
