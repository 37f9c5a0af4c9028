import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { call, callAs, spaceIdFrom, uniqueUser } from "../support/api";
import { userToken } from "../support/tokens";
import { expectApiError, expectSpaceCreated } from "../support/expectApiError";
import { sqlLiteral, withFailingInsert } from "../support/injectFailure";
import { adminToken, registerProvider, uniqueProviderName, type RegisteredProvider } from "../support/providers";
import { expectNothingWritten, rowCounts } from "../support/dbRows";
import { errorShapeProblems } from "./support/documentedErrors";
import { postSpaceWithKey, uniqueKey } from "../support/idempotency";

/*
 * The request limits (JSON nesting, body size, header size) and the headers
 * every response, or every token-bearing response, must carry.
 */

const MAX_JSON_DEPTH = 32;
const MAX_BODY_BYTES = 64 * 1024;
/**
 * Largest total of request headers, counted as on the HTTP/1.1 wire: name,
 * value and 4 bytes for `: ` and CRLF each. It sits above the 16 KiB token
 * limit, so an over-long token is still refused as a token (401, see
 * tokenAttacks.test.ts) rather than as a header (431).
 */
const MAX_HEADER_BYTES = 32 * 1024;

let provider: RegisteredProvider;

beforeAll(async () => {
  provider = await registerProvider();
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** A JSON object nested exactly `depth` levels: the object itself, then arrays inside its `n` member. */
function nestedBody(depth: number, extra: Record<string, unknown> = {}): string {
  const inner = "[".repeat(depth - 1) + "]".repeat(depth - 1);
  const rest = JSON.stringify(extra).slice(1, -1);
  return `{${rest}${rest ? "," : ""}"n":${inner || "0"}}`;
}

/** A JSON object of exactly `bytes` bytes: `fields` padded with trailing spaces. */
function bodyOfSize(bytes: number, fields: Record<string, unknown> = {}): string {
  const json = JSON.stringify(fields);
  return json + " ".repeat(bytes - json.length);
}

/** A raw JSON request with an access token. */
function send(token: string, method: string, path: string, body: string, headers: Record<string, string> = {}): Promise<Response> {
  return call(path, { method, headers: { "X-Auth-Token": token, "Content-Type": "application/json", ...headers }, body });
}

/** Every route that reads a JSON body, with a valid body for it, for a caller allowed to use it. */
async function bodyRoutes(): Promise<Array<{ label: string; token: string; method: string; path: string; fields: Record<string, unknown> }>> {
  const ownerToken = await userToken(uniqueUser("limits"));
  const spaceId = spaceIdFrom(await callAs(ownerToken, "POST", "/spaces", { name: "Limits" }));
  return [
    { label: "POST /spaces (user)", token: ownerToken, method: "POST", path: "/spaces", fields: { name: "Limited" } },
    { label: "PATCH /spaces/{id}", token: ownerToken, method: "PATCH", path: `/spaces/${spaceId}`, fields: { name: "Renamed" } },
    { label: "POST /user/spaces/token", token: ownerToken, method: "POST", path: "/user/spaces/token", fields: {} },
    { label: "POST /providers", token: await adminToken(), method: "POST", path: "/providers", fields: { name: uniqueProviderName() } },
  ];
}

describe("JSON nesting depth limit (32 levels)", () => {
  it(`accepts a body nested exactly ${MAX_JSON_DEPTH} levels and refuses ${MAX_JSON_DEPTH + 1} with 400, writing nothing`, async () => {
    const token = await userToken(uniqueUser());
    await expectSpaceCreated(await send(token, "POST", "/spaces", nestedBody(MAX_JSON_DEPTH, { name: "Deep enough" })));
    const before = await rowCounts();
    await expectApiError(await send(token, "POST", "/spaces", nestedBody(MAX_JSON_DEPTH + 1, { name: "Too deep" })), 400, "invalid_request");
    await expectNothingWritten(before);
  });

  it("refuses 100,000 levels of mixed objects and arrays with 400, not a crash", async () => {
    const token = await userToken(uniqueUser());
    const body = '{"a":'.repeat(50_000) + "[".repeat(50_000) + "]".repeat(50_000) + "}".repeat(50_000);
    const before = await rowCounts();
    // The body is far over 64 KiB too; either refusal is fine, a 500 or a stack overflow is not.
    const response = await send(token, "POST", "/spaces", body);
    expect([400, 413]).toContain(response.status);
    expect(errorShapeProblems(response, await response.text(), "POST")).toEqual([]);
    const nested = '{"a":'.repeat(2_000) + "0" + "}".repeat(2_000);
    await expectApiError(await send(token, "POST", "/spaces", nested), 400, "invalid_request");
    await expectNothingWritten(before);
  });

  it("does not count brackets inside strings, escaped quotes included", async () => {
    const token = await userToken(uniqueUser());
    const extra = { note: "[".repeat(1000), tricky: '\\"[[[[' + "{".repeat(100) };
    await expectSpaceCreated(await send(token, "POST", "/spaces", nestedBody(2, { name: "Bracketed", ...extra })));
  });

  it(`refuses ${MAX_JSON_DEPTH + 1} levels on every route that reads a body`, async () => {
    for (const route of await bodyRoutes()) {
      const before = await rowCounts();
      const response = await send(route.token, route.method, route.path, nestedBody(MAX_JSON_DEPTH + 1, route.fields));
      expect({ route: route.label, status: response.status }).toEqual({ route: route.label, status: 400 });
      await expectApiError(response, 400, "invalid_request");
      await expectNothingWritten(before);
    }
  });

  it(`refuses ${MAX_JSON_DEPTH + 1} levels from a provider before the creation token is spent`, async () => {
    const user = uniqueUser();
    const issued = await callAs(await userToken(user), "GET", "/user/spaces/token");
    const { token } = (await issued.json()) as { token: string };
    const before = await rowCounts();
    await expectApiError(await send(provider.token, "POST", "/spaces", nestedBody(MAX_JSON_DEPTH + 1, { token })), 400, "invalid_request");
    await expectNothingWritten(before);
    await expectSpaceCreated(await send(provider.token, "POST", "/spaces", nestedBody(MAX_JSON_DEPTH, { token })));
  });
});

describe("body size limit (64 KiB)", () => {
  it("accepts exactly 64 KiB and refuses 64 KiB + 1 with 413 on every route that reads a body, writing nothing", async () => {
    for (const route of await bodyRoutes()) {
      const fields = route.path === "/providers" ? { name: uniqueProviderName() } : route.fields;
      const accepted = await send(route.token, route.method, route.path, bodyOfSize(MAX_BODY_BYTES, fields));
      expect({ route: route.label, ok: accepted.status < 300 }).toEqual({ route: route.label, ok: true });
      const before = await rowCounts();
      const refused = await send(route.token, route.method, route.path, bodyOfSize(MAX_BODY_BYTES + 1, route.fields));
      await expectApiError(refused, 413, "payload_too_large");
      await expectNothingWritten(before);
    }
  });
});

describe("header size limit: 431 request_header_fields_too_large", () => {
  /**
   * Headers totalling exactly `bytes`, counted as the limit counts them,
   * padded through X-Padding. The runtime adds `Content-Length` for a body,
   * so that header is counted too.
   */
  function headersOfSize(bytes: number, base: Record<string, string>, body: string): Record<string, string> {
    const sent = { ...base, "Content-Length": String(new TextEncoder().encode(body).byteLength) };
    const used = Object.entries(sent).reduce((sum, [name, value]) => sum + name.length + value.length + 4, 0);
    const padding = bytes - used - "x-padding".length - 4;
    return { ...base, "X-Padding": "p".repeat(padding) };
  }

  it("accepts headers totalling exactly the limit and refuses one byte more, writing nothing", async () => {
    const token = await userToken(uniqueUser());
    const base = { "X-Auth-Token": token, "Content-Type": "application/json" };
    const body = JSON.stringify({ name: "Headed" });
    await expectSpaceCreated(await call("/spaces", { method: "POST", headers: headersOfSize(MAX_HEADER_BYTES, base, body), body }));
    const before = await rowCounts();
    const refused = await call("/spaces", { method: "POST", headers: headersOfSize(MAX_HEADER_BYTES + 1, base, body), body });
    expect(refused.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(refused.headers.get("X-Request-Id")).toMatch(/\S/);
    await expectApiError(refused, 431, "request_header_fields_too_large");
    await expectNothingWritten(before);
  });

  it("counts the total: many small headers over the limit are refused", async () => {
    const token = await userToken(uniqueUser());
    const many = Object.fromEntries(Array.from({ length: 80 }, (_, i) => [`X-Filler-${i}`, "f".repeat(500)]));
    const before = await rowCounts();
    await expectApiError(await call("/spaces", { method: "POST", headers: { "X-Auth-Token": token, ...many } }), 431, "request_header_fields_too_large");
    await expectNothingWritten(before);
  });

  it.each([
    ["POST /spaces without a token", "POST", "/spaces", {}],
    ["POST /spaces with a garbage token", "POST", "/spaces", { "X-Auth-Token": "garbage" }],
    ["GET of an unknown path", "GET", "/no/such/path", {}],
    ["GET /.well-known/jwks.json", "GET", "/.well-known/jwks.json", {}],
    ["PUT /spaces (a wrong method)", "PUT", "/spaces", {}],
  ])("answers 431 first, before anything else: %s", async (_label, method, path, headers) => {
    const response = await call(path, { method, headers: { ...headers, "X-Padding": "p".repeat(MAX_HEADER_BYTES) } });
    const text = await response.text();
    expect(errorShapeProblems(response, text, method)).toEqual([]);
    expect({ status: response.status, error: JSON.parse(text).error }).toEqual({ status: 431, error: "request_header_fields_too_large" });
  });
});

describe("X-Content-Type-Options: nosniff on every response", () => {
  it("is set on every status the API answers with", async () => {
    const token = await userToken(uniqueUser("nosniff"));
    const spaceId = spaceIdFrom(await callAs(token, "POST", "/spaces", { name: "Sniffed" }));
    const key = uniqueKey();
    await postSpaceWithKey(token, key, { name: "Keyed" });
    const doomed = uniqueUser("nosniff-doomed");
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const responses = await withFailingInsert("space_members", `NEW.user_id = ${sqlLiteral(doomed)}`, async (): Promise<Record<string, Response>> => ({
      "200 GET /user/spaces": await callAs(token, "GET", "/user/spaces"),
      "200 GET /spaces/{id}": await callAs(token, "GET", `/spaces/${spaceId}`),
      "200 HEAD /spaces/{id}": await callAs(token, "HEAD", `/spaces/${spaceId}`),
      "200 GET /.well-known/jwks.json": await call("/.well-known/jwks.json"),
      "200 GET /user/spaces/token": await callAs(token, "GET", "/user/spaces/token"),
      "201 POST /spaces": await callAs(token, "POST", "/spaces", {}),
      "201 replayed POST /spaces": await postSpaceWithKey(token, key, { name: "Keyed" }),
      "201 POST /providers": await callAs(await adminToken(), "POST", "/providers", { name: uniqueProviderName() }),
      "204 PATCH /spaces/{id}": await callAs(token, "PATCH", `/spaces/${spaceId}`, { name: "Resniffed" }),
      "204 OPTIONS preflight": await call("/spaces", { method: "OPTIONS", headers: { Origin: "https://app.example", "Access-Control-Request-Method": "POST" } }),
      "400 invalid_request": await callAs(token, "POST", "/spaces", { name: "!" }),
      "400 invalid_token": await callAs(provider.token, "POST", "/spaces", { token: "garbage" }),
      "401 unauthorized": await call("/spaces", { method: "POST" }),
      "401 invalid_token": await callAs("garbage", "POST", "/spaces"),
      "403 forbidden": await callAs(token, "POST", "/providers", { name: uniqueProviderName() }),
      "404 not_found": await call("/nope"),
      "405 method_not_allowed": await call("/spaces", { method: "PUT" }),
      "413 payload_too_large": await send(token, "POST", "/spaces", bodyOfSize(MAX_BODY_BYTES + 1)),
      "415 unsupported_media_type": await send(token, "POST", "/spaces", "{}", { "Content-Type": "text/plain" }),
      "422 idempotency_key_reused": await postSpaceWithKey(token, key, { name: "Changed" }),
      "431 request_header_fields_too_large": await call("/spaces", { headers: { "X-Padding": "p".repeat(MAX_HEADER_BYTES) } }),
      "500 internal_server_error": await callAs(await userToken(doomed), "POST", "/spaces", {}),
      "204 DELETE /spaces/{id}": await callAs(token, "DELETE", `/spaces/${spaceId}`),
    }));
    const seen = Object.entries(responses).map(([label, response]) => ({
      label,
      status: response.status,
      nosniff: response.headers.get("X-Content-Type-Options"),
    }));
    expect(seen).toEqual(Object.keys(responses).map((label) => ({ label, status: Number(label.slice(0, 3)), nosniff: "nosniff" })));
  });
});

describe("Cache-Control: no-store on every response that carries a token", () => {
  /** Asserts a 2xx JSON response whose body holds a token and that no cache may store. */
  async function expectUncachedToken(response: Response, status: number): Promise<void> {
    expect({ status: response.status, cacheControl: response.headers.get("Cache-Control") }).toEqual({ status, cacheControl: "no-store" });
    expect(typeof ((await response.json()) as { token?: unknown }).token).toBe("string");
  }

  it.each(["", "/api/v3/onezone"])("on the provider registration response at %j", async (base) => {
    await expectUncachedToken(await callAs(await adminToken(), "POST", `${base}/providers`, { name: uniqueProviderName() }), 201);
  });

  it.each(["", "/api/v3/onezone"])("on the space creation token responses, GET and POST (unbound and bound), at %j", async (base) => {
    const token = await userToken(uniqueUser());
    await expectUncachedToken(await callAs(token, "GET", `${base}/user/spaces/token`), 200);
    await expectUncachedToken(await callAs(token, "POST", `${base}/user/spaces/token`, {}), 200);
    await expectUncachedToken(await callAs(token, "POST", `${base}/user/spaces/token`, { provider: provider.providerId }), 200);
  });

  it("on HEAD of the space creation token route, which carries no body but the same headers", async () => {
    const response = await callAs(await userToken(uniqueUser()), "HEAD", "/user/spaces/token");
    expect({ status: response.status, cacheControl: response.headers.get("Cache-Control") }).toEqual({ status: 200, cacheControl: "no-store" });
  });
});

describe("Cache-Control: no-store on every response that carries a caller's private data", () => {
  it.each(["", "/api/v3/onezone"])("on GET /spaces/{id} and GET /user/spaces at %j", async (base) => {
    const token = await userToken(uniqueUser());
    const created = await callAs(token, "POST", `${base}/spaces`, { name: "Private" });
    const read = await callAs(token, "GET", `${base}/spaces/${spaceIdFrom(created)}`);
    const listed = await callAs(token, "GET", `${base}/user/spaces`);
    expect([read, listed].map((response) => ({ status: response.status, cacheControl: response.headers.get("Cache-Control") }))).toEqual([
      { status: 200, cacheControl: "no-store" },
      { status: 200, cacheControl: "no-store" },
    ]);
  });
});
