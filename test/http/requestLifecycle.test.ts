import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { allowedMethods, call, callAs, spaceIdFrom, uniqueUser } from "../support/api";
import { expectApiError } from "../support/expectApiError";
import { postSpaceWithKey, uniqueKey } from "../support/idempotency";
import { sqlLiteral, withFailingInsert } from "../support/injectFailure";
import { adminToken, registerProvider, uniqueProviderName, type RegisteredProvider } from "../support/providers";
import { userToken } from "../support/tokens";

/*
 * What the last step of every request adds (src/http/requestLifecycle.ts):
 * X-Request-Id and X-Content-Type-Options on every response, whatever its
 * status, and no body for HEAD. The log line is test/http/requestLog.test.ts.
 */

const MAX_BODY_BYTES = 64 * 1024;
const MAX_HEADER_BYTES = 32 * 1024;

let provider: RegisteredProvider;

beforeAll(async () => {
  provider = await registerProvider();
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** A JSON request with an access token and a raw body. */
function send(token: string, method: string, path: string, body: string, headers: Record<string, string> = {}): Promise<Response> {
  return call(path, { method, headers: { "X-Auth-Token": token, "Content-Type": "application/json", ...headers }, body });
}

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
      "413 payload_too_large": await send(token, "POST", "/spaces", " ".repeat(MAX_BODY_BYTES + 1)),
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

describe("X-Request-Id", () => {
  it("is on success and error responses alike, a fresh UUID each time without cf-ray", async () => {
    const token = await userToken(uniqueUser());
    const responses = [
      await callAs(token, "POST", "/spaces", { name: "Identified" }),
      await callAs(token, "GET", "/user/spaces"),
      await callAs(token, "POST", "/spaces", { name: "!" }),
      await call("/user/spaces"),
      await call("/nope"),
      await call("/spaces", { method: "PUT" }),
    ];
    expect(responses.map((response) => response.status)).toEqual([201, 200, 400, 401, 404, 405]);
    const ids = responses.map((response) => response.headers.get("X-Request-Id"));
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });


  it("is the edge's cf-ray when present", async () => {
    const response = await call("/nope", { headers: { "cf-ray": "8f1e2d3c4b5a6978-AMS" } });
    expect(response.headers.get("X-Request-Id")).toBe("8f1e2d3c4b5a6978-AMS");
    await expectApiError(response, 404, "not_found");
  });
});

describe("HEAD", () => {
  it("answers HEAD on GET /spaces/{id} with the GET status and headers but no body", async () => {
    const token = await userToken(uniqueUser());
    const spaceId = spaceIdFrom(await callAs(token, "POST", "/spaces", { name: "Headed" }));
    const head = await callAs(token, "HEAD", `/spaces/${spaceId}`);
    expect(head.status).toBe(200);
    expect(head.headers.get("Content-Type")).toBe("application/json");
    expect(head.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(await head.text()).toBe("");
    const get = await callAs(token, "GET", `/spaces/${spaceId}`);
    expect(await get.json()).toMatchObject({ spaceId, name: "Headed" });
  });

  it("answers HEAD on the 3.0 base path with no body", async () => {
    const token = await userToken(uniqueUser());
    await callAs(token, "POST", "/spaces");
    const head = await callAs(token, "HEAD", "/api/v3/onezone/user/spaces");
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });

  it("answers HEAD without a token with 401 and no body", async () => {
    const head = await call(`/spaces/${"b".repeat(32)}`, { method: "HEAD" });
    expect(head.status).toBe(401);
    expect(head.headers.get("WWW-Authenticate")).toBe("Bearer");
    expect(await head.text()).toBe("");
  });

  it("answers HEAD on an unknown path with 404 and no body", async () => {
    const head = await call("/nope", { method: "HEAD" });
    expect(head.status).toBe(404);
    expect(await head.text()).toBe("");
  });

  it("answers HEAD /user/spaces/join with 405, Allow: POST and no body", async () => {
    const response = await call("/user/spaces/join", { method: "HEAD" });
    expect({ status: response.status, allow: allowedMethods(response) }).toEqual({ status: 405, allow: ["POST"] });
    expect(await response.text()).toBe("");
  });
});
