import { describe, expect, it } from "vitest";
import { ONEZONE_BASE_PATH } from "../../src/http/createApiRouter";
import { call, callAs, uniqueUser } from "../support/api";
import { userToken } from "../support/tokens";
import { callWithEnv } from "../support/callWithEnv";
import { expectApiError } from "../support/expectApiError";

const ORIGIN = "https://app.example";
const ID = "0123456789abcdef0123456789abcdef";

/** A header's comma-separated list, lowercased, as browsers compare it. */
function listed(response: Response, name: string): string[] {
  return (response.headers.get(name) ?? "")
    .split(",")
    .map((item) => item.trim().toLowerCase())
    .filter((item) => item !== "");
}

/** Every route path with its methods, as the router's `Allow` names them. */
const PATHS: [string, string][] = [
  ["/spaces", "GET, HEAD, POST, OPTIONS"],
  [`/spaces/${ID}`, "GET, HEAD, PATCH, DELETE, OPTIONS"],
  [`/spaces/${ID}/providers`, "GET, HEAD, OPTIONS"],
  ["/user/spaces", "GET, HEAD, POST, OPTIONS"],
  ["/user/spaces/token", "GET, HEAD, POST, OPTIONS"],
  ["/provider/spaces", "GET, HEAD, POST, OPTIONS"],
  ["/providers", "POST, OPTIONS"],
  [`/providers/${ID}`, "GET, HEAD, DELETE, OPTIONS"],
  ["/.well-known/jwks.json", "GET, HEAD, OPTIONS"],
  ["/openapi.json", "GET, HEAD, OPTIONS"],
];

describe("CORS preflight", () => {
  it.each(["", ONEZONE_BASE_PATH].flatMap((base: string) => PATHS.map(([path, allow]) => [base + path, allow])))(
    "answers a preflight for %s without a token: 204, Allow and Access-Control-Allow-Methods %s",
    async (path, allow) => {
      const response = await call(path, {
        method: "OPTIONS",
        headers: { Origin: ORIGIN, "Access-Control-Request-Method": allow.split(", ")[0]! },
      });
      expect({
        status: response.status,
        allow: response.headers.get("Allow"),
        methods: response.headers.get("Access-Control-Allow-Methods"),
        origin: response.headers.get("Access-Control-Allow-Origin"),
        maxAge: response.headers.get("Access-Control-Max-Age"),
      }).toEqual({ status: 204, allow, methods: allow, origin: "*", maxAge: "86400" });
      expect(await response.text()).toBe("");
    },
  );

  it("allows the token headers, Content-Type, Idempotency-Key and D1-Bookmark", async () => {
    const response = await call("/spaces", {
      method: "OPTIONS",
      headers: { Origin: ORIGIN, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type, x-auth-token" },
    });
    expect(listed(response, "Access-Control-Allow-Headers")).toEqual(
      expect.arrayContaining(["authorization", "x-auth-token", "macaroon", "content-type", "idempotency-key", "d1-bookmark"]),
    );
    expect(listed(response, "Access-Control-Allow-Headers")).not.toContain("x-d1-bookmark");
  });

  it("answers OPTIONS on an unknown path with 404 not_found", async () => {
    await expectApiError(await call("/nope", { method: "OPTIONS", headers: { Origin: ORIGIN } }), 404, "not_found");
  });
});

describe("a browser's preflight, then its POST", () => {
  it("lets a script read Location, X-Request-Id and D1-Bookmark of the 201", async () => {
    const preflight = await call("/api/v3/onezone/spaces", {
      method: "OPTIONS",
      headers: {
        Origin: ORIGIN,
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization, content-type, idempotency-key",
      },
    });
    expect(preflight.status).toBe(204);
    expect(listed(preflight, "Access-Control-Allow-Methods")).toContain("post");
    expect(listed(preflight, "Access-Control-Allow-Headers")).toEqual(
      expect.arrayContaining(["authorization", "content-type", "idempotency-key"]),
    );

    const created = await call("/api/v3/onezone/spaces", {
      method: "POST",
      headers: {
        Origin: ORIGIN,
        Authorization: `Bearer ${await userToken(uniqueUser("browser"))}`,
        "Content-Type": "application/json",
        "Idempotency-Key": crypto.randomUUID(),
      },
      body: JSON.stringify({ name: "From a browser" }),
    });
    expect(created.status).toBe(201);
    expect(created.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(listed(created, "Access-Control-Expose-Headers")).toEqual(
      expect.arrayContaining(["location", "x-request-id", "d1-bookmark"]),
    );
    expect(listed(created, "Access-Control-Expose-Headers")).not.toContain("x-d1-bookmark");
    expect(created.headers.get("Location")).toMatch(/^\/spaces\/[0-9a-f]{32}$/);
    expect(created.headers.get("X-Request-Id")).toMatch(/\S/);
  });

  it("lets a script read an error too: CORS headers on a 401, with WWW-Authenticate exposed", async () => {
    const response = await call("/spaces", { method: "POST", headers: { Origin: ORIGIN } });
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(listed(response, "Access-Control-Expose-Headers")).toContain("www-authenticate");
    await expectApiError(response, 401, "unauthorized");
  });

  it("sends no CORS headers without an Origin, and says the answer varies by Origin", async () => {
    const response = await callAs(await userToken(uniqueUser()), "GET", "/user/spaces");
    expect(response.status).toBe(200);
    expect(response.headers.get("Access-Control-Allow-Origin")).toBeNull();
    expect(listed(response, "Vary")).toContain("origin");
  });
});

describe("CORS_ORIGINS", () => {
  const overrides = { CORS_ORIGINS: "https://app.example, https://admin.example" };

  it("echoes an allowed origin, with Vary: Origin", async () => {
    const response = await callWithEnv("/openapi.json", { headers: { Origin: "https://admin.example" } }, overrides);
    expect(response.status).toBe(200);
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("https://admin.example");
    expect(listed(response, "Vary")).toContain("origin");
    expect(listed(response, "Access-Control-Expose-Headers")).toContain("location");
  });

  it("gives another origin no CORS headers, on a preflight or a request", async () => {
    const headers = { Origin: "https://evil.example", "Access-Control-Request-Method": "POST" };
    const preflight = await callWithEnv("/spaces", { method: "OPTIONS", headers }, overrides);
    expect({
      status: preflight.status,
      allow: preflight.headers.get("Allow"),
      origin: preflight.headers.get("Access-Control-Allow-Origin"),
      methods: preflight.headers.get("Access-Control-Allow-Methods"),
      headers: preflight.headers.get("Access-Control-Allow-Headers"),
    }).toEqual({ status: 204, allow: "GET, HEAD, POST, OPTIONS", origin: null, methods: null, headers: null });
    const response = await callWithEnv("/openapi.json", { headers: { Origin: "https://evil.example" } }, overrides);
    expect(response.headers.get("Access-Control-Allow-Origin")).toBeNull();
    expect(response.headers.get("Access-Control-Expose-Headers")).toBeNull();
  });

  it("defaults to * when unset or empty", async () => {
    for (const CORS_ORIGINS of ["", undefined]) {
      const response = await callWithEnv("/openapi.json", { headers: { Origin: ORIGIN } }, { CORS_ORIGINS });
      expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
    }
  });
});
