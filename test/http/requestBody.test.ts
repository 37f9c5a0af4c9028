import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { call, uniqueUser } from "../support/api";
import { userToken } from "../support/tokens";
import { expectApiError, expectInvalidToken, expectSpaceCreated, expectUnauthorized } from "../support/expectApiError";

const MAX_BODY_BYTES = 64 * 1024;

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

async function countSpaces(): Promise<number> {
  const row = await env.DB.prepare("SELECT COUNT(*) AS n FROM spaces").first<{ n: number }>();
  return row!.n;
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

  it("refuses JSON nested deeper than 32 levels", async () => {
    const body = `{"name": "Deep", "x": ${"[".repeat(40)}${"]".repeat(40)}}`;
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
  it("accepts a body of exactly 64 KiB", async () => {
    await expectSpaceCreated(await postRaw(jsonBodyOfSize(MAX_BODY_BYTES), { "Content-Type": "application/json" }));
  });

  it("refuses a body of 64 KiB and one byte", async () => {
    const response = await postRaw(jsonBodyOfSize(MAX_BODY_BYTES + 1), { "Content-Type": "application/json" });
    await expectApiError(response, 413, "payload_too_large");
  });

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
    const before = await countSpaces();
    const response = await postRaw(streamOf(jsonBodyOfSize(100 * 1024)), { "Content-Type": "application/json" });
    await expectApiError(response, 413, "payload_too_large");
    expect(await countSpaces()).toBe(before);
  });
});

describe("authentication comes before the body (Onezone's order)", () => {
  it("answers 401 unauthorized, not 400, to malformed JSON without a token", async () => {
    const before = await countSpaces();
    const response = await call("/spaces", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: '{"name": ',
    });
    await expectUnauthorized(response);
    expect(await countSpaces()).toBe(before);
  });

  it("answers 401 unauthorized, not 413, to a 100 KiB body without a token", async () => {
    const before = await countSpaces();
    const response = await call("/spaces", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: jsonBodyOfSize(100 * 1024),
    });
    await expectUnauthorized(response);
    expect(await countSpaces()).toBe(before);
  });

  it("answers 401 unauthorized, not 413, to a streamed 100 KiB body without a token", async () => {
    const before = await countSpaces();
    const response = await call("/spaces", { method: "POST", body: streamOf(jsonBodyOfSize(100 * 1024)) });
    await expectUnauthorized(response);
    expect(await countSpaces()).toBe(before);
  });

  it("answers 401 unauthorized, not 415, to a text/plain body without a token", async () => {
    const before = await countSpaces();
    const response = await call("/spaces", { method: "POST", headers: { "Content-Type": "text/plain" }, body: "hello" });
    await expectUnauthorized(response);
    expect(await countSpaces()).toBe(before);
  });

  it("answers 401 invalid_token, not 400, to malformed JSON with a garbage token", async () => {
    const before = await countSpaces();
    const response = await call("/spaces", {
      method: "POST",
      headers: { "X-Auth-Token": "garbage", "Content-Type": "application/json" },
      body: "[not json",
    });
    await expectInvalidToken(response);
    expect(await countSpaces()).toBe(before);
  });
});
