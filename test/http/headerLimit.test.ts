import { describe, expect, it } from "vitest";
import { call, uniqueUser } from "../support/api";
import { expectNothingWritten, rowCounts } from "../support/dbRows";
import { errorShapeProblems, expectApiError, expectSpaceCreated } from "../support/expectApiError";
import { userToken } from "../support/tokens";

/* The request header limit (src/http/headerLimit.ts): 431 before anything else. */

/**
 * Largest total of request headers, counted as on the HTTP/1.1 wire: name,
 * value and 4 bytes for `: ` and CRLF each. It sits above the 16 KiB token
 * limit, so an over-long token is still refused as a token (401, see
 * test/auth/tokenChecks.test.ts) rather than as a header (431).
 */
const MAX_HEADER_BYTES = 32 * 1024;

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
