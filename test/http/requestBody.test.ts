import { beforeAll, describe, expect, it } from "vitest";
import { call, callAs, spaceIdFrom, uniqueUser } from "../support/api";
import { expectNothingWritten, rowCounts } from "../support/dbRows";
import { errorShapeProblems, expectApiError, expectInvalidToken, expectSpaceCreated, expectUnauthorized } from "../support/expectApiError";
import { adminToken, registerProvider, uniqueProviderName, type RegisteredProvider } from "../support/providers";
import { userToken } from "../support/tokens";

/*
 * Reading a JSON body (src/http/readJsonBody.ts, src/http/parseInput.ts): what
 * is a JSON object, the media type, the nesting and size limits on every
 * route that reads a body, and authentication before any of it.
 */

const MAX_JSON_DEPTH = 32;
const MAX_BODY_BYTES = 64 * 1024;

let provider: RegisteredProvider;

beforeAll(async () => {
  provider = await registerProvider();
});

/** `POST /spaces` as a fresh user with a raw body and extra headers. */
async function postRaw(body: BodyInit | null, headers: Record<string, string> = {}): Promise<Response> {
  const token = await userToken(uniqueUser());
  return call("/spaces", { method: "POST", headers: { "X-Auth-Token": token, ...headers }, body });
}

/** A body of exactly `bytes` bytes: a JSON object with a valid name, padded with spaces. */
function jsonBodyOfSize(bytes: number): string {
  const json = JSON.stringify({ name: "Padded" });
  return json + " ".repeat(bytes - json.length);
}

/** A streamed body with no Content-Length, delivered in 1 KiB chunks. */
function streamOf(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.byteLength) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + 1024));
      offset += 1024;
    },
  });
}

describe("400 invalid_request for bodies that are not a JSON object", () => {
  it.each([
    ["truncated JSON", '{"name": "Broken"'],
    ["a bare word", "hello"],
    ["a trailing comma", '{"name": "Comma",}'],
    ["single quotes", "{'name': 'Quoted'}"],
  ])("refuses malformed JSON: %s", async (_label, body) => {
    await expectApiError(await postRaw(body, { "Content-Type": "application/json" }), 400, "invalid_request");
  });

  it.each([
    ["an array", '[{"name": "Listed"}]'],
    ["an empty array", "[]"],
    ["a string", '"Just a string"'],
    ["a number", "42"],
    ["true", "true"],
    ["null", "null"],
  ])("refuses a body that is %s", async (_label, body) => {
    await expectApiError(await postRaw(body, { "Content-Type": "application/json" }), 400, "invalid_request");
  });

  it("refuses a body that is not valid UTF-8", async () => {
    const body = new Uint8Array([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]);
    await expectApiError(await postRaw(body, { "Content-Type": "application/json" }), 400, "invalid_request");
  });

  it("accepts JSON nested a few levels, with unknown keys ignored", async () => {
    const body = JSON.stringify({ name: "Nested", extra: { a: [[1, 2], { b: null }] } });
    await expectSpaceCreated(await postRaw(body, { "Content-Type": "application/json" }));
  });

  it.each([
    ["no body at all", null],
    ["an empty body", ""],
    ["a whitespace body", "  \n "],
    ["an empty object", "{}"],
  ])("treats %s as {}", async (_label, body) => {
    await expectSpaceCreated(await postRaw(body, { "Content-Type": "application/json" }));
  });

  it("accepts a JSON body without a Content-Type header", async () => {
    // A string body would get a default text/plain type (Fetch spec); bytes get none.
    const response = await postRaw(new TextEncoder().encode(JSON.stringify({ name: "Undeclared" })));
    await expectSpaceCreated(response);
  });
});

describe("415 unsupported_media_type for a declared non-JSON body", () => {
  it.each(["text/plain", "text/plain; charset=utf-8", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml"])(
    "refuses Content-Type %s",
    async (contentType) => {
      const response = await postRaw(JSON.stringify({ name: "Typed" }), { "Content-Type": contentType });
      await expectApiError(response, 415, "unsupported_media_type");
    },
  );

  it.each(["application/json", "application/json; charset=utf-8", "APPLICATION/JSON", "application/merge-patch+json"])(
    "accepts Content-Type %s",
    async (contentType) => {
      await expectSpaceCreated(await postRaw(JSON.stringify({ name: "Typed" }), { "Content-Type": contentType }));
    },
  );
});

describe("413 payload_too_large above 64 KiB", () => {
  it("refuses a 100 KiB body with an honest Content-Length", async () => {
    const response = await postRaw(jsonBodyOfSize(100 * 1024), { "Content-Type": "application/json" });
    await expectApiError(response, 413, "payload_too_large");
  });

  it("accepts a streamed body of exactly 64 KiB without Content-Length", async () => {
    await expectSpaceCreated(await postRaw(streamOf(jsonBodyOfSize(MAX_BODY_BYTES)), { "Content-Type": "application/json" }));
  });

  it("refuses a streamed 100 KiB body without Content-Length", async () => {
    const response = await postRaw(streamOf(jsonBodyOfSize(100 * 1024)), { "Content-Type": "application/json" });
    await expectApiError(response, 413, "payload_too_large");
  });

  it("refuses a streamed 100 KiB body whose Content-Length claims 20 bytes", async () => {
    const response = await postRaw(streamOf(jsonBodyOfSize(100 * 1024)), {
      "Content-Type": "application/json",
      "Content-Length": "20",
    });
    await expectApiError(response, 413, "payload_too_large");
  });

  it("writes no space for a refused oversized body", async () => {
    const before = await rowCounts();
    const response = await postRaw(streamOf(jsonBodyOfSize(100 * 1024)), { "Content-Type": "application/json" });
    await expectApiError(response, 413, "payload_too_large");
    await expectNothingWritten(before);
  });
});

describe("authentication comes before the body (Onezone's order)", () => {
  it("answers 401 unauthorized, not 400, to malformed JSON without a token", async () => {
    const before = await rowCounts();
    const response = await call("/spaces", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: '{"name": ',
    });
    await expectUnauthorized(response);
    await expectNothingWritten(before);
  });

  it("answers 401 unauthorized, not 413, to a 100 KiB body without a token", async () => {
    const before = await rowCounts();
    const response = await call("/spaces", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: jsonBodyOfSize(100 * 1024),
    });
    await expectUnauthorized(response);
    await expectNothingWritten(before);
  });

  it("answers 401 unauthorized, not 413, to a streamed 100 KiB body without a token", async () => {
    const before = await rowCounts();
    const response = await call("/spaces", { method: "POST", body: streamOf(jsonBodyOfSize(100 * 1024)) });
    await expectUnauthorized(response);
    await expectNothingWritten(before);
  });

  it("answers 401 unauthorized, not 415, to a text/plain body without a token", async () => {
    const before = await rowCounts();
    const response = await call("/spaces", { method: "POST", headers: { "Content-Type": "text/plain" }, body: "hello" });
    await expectUnauthorized(response);
    await expectNothingWritten(before);
  });

  it("answers 401 invalid_token, not 400, to malformed JSON with a garbage token", async () => {
    const before = await rowCounts();
    const response = await call("/spaces", {
      method: "POST",
      headers: { "X-Auth-Token": "garbage", "Content-Type": "application/json" },
      body: "[not json",
    });
    await expectInvalidToken(response);
    await expectNothingWritten(before);
  });
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
