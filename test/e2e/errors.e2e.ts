import { describe, expect, it } from "vitest";
import { createSpace, expectError, hostMode, hostName, newUser, registerProvider, send } from "./support/api.ts";

describe(`the error model, on ${hostName}`, () => {
  it("401: no token (with WWW-Authenticate: Bearer), and a malformed token", async () => {
    const noToken = await send("POST", "/spaces", { body: {} });
    expect(noToken.headers.get("www-authenticate")).toBe("Bearer");
    await expectError(noToken, 401, "unauthorized");
    const malformed = await send("GET", "/user/spaces", { token: "not.a.jwt" });
    expect(malformed.headers.get("www-authenticate")).toBe('Bearer error="invalid_token"');
    await expectError(malformed, 401, "invalid_token");
  });

  it("400: a bad name, malformed JSON, a user sending a creation token, and a provider without one", async () => {
    const user = await newUser();
    await expectError(await send("POST", "/spaces", { token: user, body: { name: "." } }), 400, "invalid_request");
    await expectError(await send("POST", "/spaces", { token: user, body: "{", headers: { "Content-Type": "application/json" } }), 400, "invalid_request");
    await expectError(await send("POST", "/spaces", { token: user, body: { token: "x" } }), 400, "invalid_request");
    const provider = await registerProvider();
    await expectError(await send("POST", "/spaces", { token: provider.token, body: { name: "No token" } }), 400, "invalid_request");
    await expectError(await send("POST", "/spaces", { token: provider.token, body: { token: "not.a.jwt" } }), 400, "invalid_token");
  });

  it("403 for the wrong kind of caller, 404 for strangers and unknown routes, 405 with Allow", async () => {
    const provider = await registerProvider();
    await expectError(await send("GET", "/user/spaces", { token: provider.token }), 403, "forbidden");
    const spaceId = await createSpace(await newUser("e2e-owner"));
    await expectError(await send("GET", `/spaces/${spaceId}`, { token: await newUser("e2e-stranger") }), 404, "not_found");
    await expectError(await send("GET", "/no/such/route", { token: await newUser() }), 404, "not_found");
    const wrongMethod = await send("PUT", "/spaces", { token: await newUser() });
    expect(wrongMethod.headers.get("allow")).toBe("GET, HEAD, POST, OPTIONS");
    await expectError(wrongMethod, 405, "method_not_allowed");
  });

  it("415 for a declared Content-Type other than JSON", async () => {
    const response = await send("POST", "/spaces", { token: await newUser(), body: "{}", headers: { "Content-Type": "text/plain" } });
    await expectError(response, 415, "unsupported_media_type");
  });

  it("422 when an Idempotency-Key comes back with another request", async () => {
    const user = await newUser();
    const key = { "Idempotency-Key": `"${crypto.randomUUID()}"` };
    expect((await send("POST", "/spaces", { token: user, body: { name: "First" }, headers: key })).status).toBe(201);
    await expectError(await send("POST", "/spaces", { token: user, body: { name: "Second" }, headers: key }), 422, "idempotency_key_reused");
  });
});

describe(`the host's own HTTP limits do not undercut ours, on ${hostName}`, () => {
  const BODY_LIMIT = 64 * 1024;
  const HEADER_LIMIT = 32 * 1024;

  /** A JSON create body of exactly `bytes` bytes (an unknown key pads it; unknown keys are ignored). */
  const bodyOf = (bytes: number) => {
    const frame = JSON.stringify({ name: "Padded", pad: "" });
    return JSON.stringify({ name: "Padded", pad: "x".repeat(bytes - frame.length) });
  };

  it("a 64 KiB body reaches the worker; one byte more is its JSON 413", async () => {
    const user = await newUser();
    const headers = { "Content-Type": "application/json" };
    expect((await send("POST", "/spaces", { token: user, body: bodyOf(BODY_LIMIT), headers })).status).toBe(201);
    await expectError(await send("POST", "/spaces", { token: user, body: bodyOf(BODY_LIMIT + 1), headers }), 413, "payload_too_large");
  });

  it("headers just under 32 KiB reach the worker; just over, its JSON 431", async () => {
    const user = await newUser();
    const under = await send("GET", "/user/spaces", { token: user, headers: { "X-Pad": "p".repeat(HEADER_LIMIT - 2048) } });
    expect(under.status).toBe(200);
    const over = await send("GET", "/user/spaces", { token: user, headers: { "X-Pad": "p".repeat(HEADER_LIMIT + 1024) } });
    await expectError(over, 431, "request_header_fields_too_large");
  });

  it("a request with 85 header fields reaches the worker (Deno refuses more than 100 by itself)", async () => {
    const headers = Object.fromEntries(Array.from({ length: 85 }, (_, index) => [`X-Field-${index}`, "v"]));
    const response = await send("GET", "/user/spaces", { token: await newUser(), headers });
    expect(response.status).toBe(200);
  });
});

describe(`request ids, on ${hostName}`, () => {
  it("every answer carries a fresh X-Request-Id; off Cloudflare a client's cf-ray is not used", async () => {
    const sent = "8f1e2d3c4b5a6978-AMS";
    const response = await send("GET", "/openapi.json", { headers: { "cf-ray": sent } });
    const again = await send("GET", "/openapi.json");
    expect(response.headers.get("x-request-id")).toMatch(/\S/);
    expect(again.headers.get("x-request-id")).not.toBe(response.headers.get("x-request-id"));
    if (hostMode.runtime !== "wrangler") expect(response.headers.get("x-request-id")).not.toBe(sent);
  });
});
