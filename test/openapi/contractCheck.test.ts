import { beforeAll, describe, expect, it } from "vitest";
import { call } from "../support/api";
import { createExchangeChecker, type ExchangeChecker } from "./contract/checkExchange";

const ID = "0123456789abcdef0123456789abcdef";

interface Answer {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
  readonly withoutRequestId?: boolean;
}

let check: ExchangeChecker;

beforeAll(async () => {
  check = createExchangeChecker(await (await call("/openapi.json")).json());
});

/** The contract check's verdict on a made-up exchange. */
function verdict(method: string, path: string, answer: Answer): Promise<string[]> {
  const body = answer.body === undefined ? "" : typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body);
  const headers = new Headers(answer.headers);
  if (!answer.withoutRequestId) headers.set("X-Request-Id", "test-request-id");
  if (answer.body !== undefined && !headers.has("Content-Type")) headers.set("Content-Type", "application/json");
  return check({ method, path, status: answer.status, headers, body: Promise.resolve(body) });
}

const NO_STORE = { "Cache-Control": "no-store" };
const error = (code: string) => ({ error: code, error_description: "Something." });

describe("the OpenAPI contract check can fail", () => {
  it("passes documented exchanges, under both base paths, HEAD included", async () => {
    expect(await verdict("GET", "/user/spaces", { status: 200, body: { spaces: [ID], default: ID }, headers: NO_STORE })).toEqual([]);
    expect(await verdict("GET", "/api/v3/onezone/user/spaces/", { status: 200, body: { spaces: [] }, headers: NO_STORE })).toEqual([]);
    expect(await verdict("HEAD", `/spaces/${ID}`, { status: 200, headers: { "Content-Type": "application/json", ...NO_STORE } })).toEqual([]);
    expect(await verdict("POST", "/spaces", { status: 201, headers: { Location: `/spaces/${ID}` } })).toEqual([]);
    expect(await verdict("GET", `/spaces/${ID}`, { status: 404, body: error("not_found") })).toEqual([]);
  });

  it("fails an undocumented status", async () => {
    expect(await verdict("GET", "/user/spaces", { status: 418, body: error("forbidden") })).toEqual([
      expect.stringContaining("status 418 is not documented"),
    ]);
    expect(await verdict("GET", "/user/spaces", { status: 404, body: error("not_found") })).toEqual([
      expect.stringContaining("status 404 is not documented"),
    ]);
  });

  it("fails an error code that the status does not document for the operation", async () => {
    expect(await verdict("GET", `/spaces/${ID}`, { status: 404, body: error("forbidden") })).toEqual([
      expect.stringContaining("breaks its schema"),
    ]);
  });

  it("fails a missing required header: Location on a 201, X-Request-Id anywhere", async () => {
    expect(await verdict("POST", "/spaces", { status: 201 })).toEqual([expect.stringContaining("required header Location")]);
    expect(await verdict("GET", "/user/spaces", { status: 200, body: { spaces: [] }, headers: NO_STORE, withoutRequestId: true })).toEqual([
      expect.stringContaining("required header X-Request-Id"),
    ]);
  });

  it("fails a body that breaks its schema, or one where none is documented", async () => {
    expect(await verdict("GET", "/user/spaces", { status: 200, body: { spaces: [], extra: 1 }, headers: NO_STORE })).toEqual([
      expect.stringContaining("breaks its schema"),
    ]);
    expect(await verdict("GET", "/user/spaces", { status: 200, body: { spaces: ["not-an-id"] }, headers: NO_STORE })).toEqual([
      expect.stringContaining("breaks its schema"),
    ]);
    // Onezone 3.0 types `default` as a string: a user without one gets no key, never null.
    expect(await verdict("GET", "/user/spaces", { status: 200, body: { spaces: [], default: null }, headers: NO_STORE })).toEqual([
      expect.stringContaining("breaks its schema"),
    ]);
    expect(await verdict("POST", "/spaces", { status: 201, body: {}, headers: { Location: `/spaces/${ID}` } })).toEqual([
      expect.stringContaining("a body where none is documented"),
    ]);
    expect(await verdict("GET", "/user/spaces", { status: 200, body: "<html></html>", headers: { "Content-Type": "text/html", ...NO_STORE } })).toEqual([
      expect.stringContaining('undocumented Content-Type "text/html"'),
    ]);
  });

  it("fails unknown paths and other methods unless they answer what the document says", async () => {
    expect(await verdict("GET", "/nope", { status: 404, body: error("not_found") })).toEqual([]);
    expect(await verdict("GET", "/nope", { status: 200, body: {} })).toEqual([expect.stringContaining("status 200 is not documented")]);
    expect(await verdict("PUT", "/spaces", { status: 405, body: error("method_not_allowed"), headers: { Allow: "POST, OPTIONS" } })).toEqual([]);
    expect(await verdict("PUT", "/spaces", { status: 405, body: error("method_not_allowed") })).toEqual([
      expect.stringContaining("required header Allow"),
    ]);
    expect(await verdict("PUT", "/spaces", { status: 401, body: error("unauthorized") })).toEqual([
      expect.stringContaining("status 401 is not documented"),
    ]);
  });
});
