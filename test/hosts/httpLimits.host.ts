import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mintUserToken } from "../../scripts/lib/devConfig.mjs";
import { MAX_BODY_BYTES } from "../../src/http/readJsonBody.ts";
import { type RunningHost, startHost } from "../e2e/support/hostProcess.ts";
import { chunk, type RawAnswer, rawRequest, requestHead } from "./support/rawHttp.ts";

/**
 * The HTTP limits of the runtimes themselves, as docs/host-limits.md states them: what reaches the
 * worker (and gets its JSON error with X-Request-Id) and what the runtime refuses on its own. The
 * header-field counts are pinned as measured on the pinned runtimes, so that an upgrade that moves
 * them fails here and the document is brought up to date.
 */
const HEADER_FIELD_LIMITS = {
  bun: { mostFields: 198, refusal: 431 },
  deno: { mostFields: 128, refusal: 400 },
} as const;

for (const runtime of ["bun", "deno"] as const) {
  describe(`the ${runtime} host's HTTP limits`, () => {
    let host: RunningHost;
    let port: number;
    let token: string;
    beforeAll(async () => {
      host = await startHost(runtime);
      port = Number(new URL(host.baseUrl).port);
      token = await mintUserToken(host.devConfig, `limits-${runtime}`);
    });
    afterAll(() => host?.stop());

    const chunkedCreate = () =>
      requestHead("POST /spaces HTTP/1.1", [
        ["Host", "127.0.0.1"], ["X-Auth-Token", token], ["Content-Type", "application/json"], ["Transfer-Encoding", "chunked"],
      ]);
    const expectWorkers413 = (answer: RawAnswer) => {
      expect(answer.status).toBe(413);
      expect(answer.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
      expect(JSON.parse(answer.body)).toMatchObject({ error: "payload_too_large" });
    };

    it("answers a chunked body over 64 KiB (no Content-Length) with the worker's JSON 413 at once, ended or not", async () => {
      const name = "x".repeat(MAX_BODY_BYTES);
      // In 8 KiB chunks, with the last chunk: the whole body is sent.
      expectWorkers413(await rawRequest(port, (socket) => {
        const body = `{"name":"${name}"}`;
        let framed = chunkedCreate();
        for (let at = 0; at < body.length; at += 8192) framed += chunk(body.slice(at, at + 8192));
        socket.write(`${framed}0\r\n\r\n`);
      }));
      // Never ended: the client waits for the answer with the connection open.
      expectWorkers413(await rawRequest(port, (socket) => socket.write(chunkedCreate() + chunk(`{"name":"${name}`))));
    });

    it("answers chunked bodies of 4 MiB that arrive before the worker reads them with its JSON 413 too, not the runtime's own", async () => {
      const framed = `${chunkedCreate()}${chunk(`{"name":"${"x".repeat(4 * 1024 * 1024)}"}`)}0\r\n\r\n`;
      const answers = await Promise.all(Array.from({ length: 8 }, () => rawRequest(port, (socket) => socket.write(framed), 10_000)));
      for (const answer of answers) expectWorkers413(answer);
    });

    it(`passes ${HEADER_FIELD_LIMITS[runtime].mostFields} header fields to the worker and refuses one more with a bare ${HEADER_FIELD_LIMITS[runtime].refusal}`, async () => {
      const { mostFields, refusal } = HEADER_FIELD_LIMITS[runtime];
      const read = (fieldCount: number, valueLength = 1) =>
        rawRequest(port, (socket) => socket.write(requestHead("GET /user/spaces HTTP/1.1", [
          ["Host", "127.0.0.1"], ["X-Auth-Token", token], ["Connection", "close"],
          ...Array.from({ length: fieldCount - 3 }, (_, i): [string, string] => [`X-Field-${i}`, "v".repeat(valueLength)]),
        ])));
      const atLimit = await read(mostFields);
      expect(atLimit.status).toBe(200);
      expect(atLimit.headers.get("x-request-id")).toBeTruthy();
      for (const over of [await read(mostFields + 1), await read(200, 100)]) { // 200 fields of ~21 KB: under 32 KiB, still refused
        expect(over.status).toBe(refusal);
        expect(over.headers.has("x-request-id")).toBe(false);
        expect(over.body).toBe("");
      }
    });

    it("lets one header field over 32 KiB reach the worker, which answers its JSON 431", async () => {
      const answer = await rawRequest(port, (socket) => socket.write(requestHead("GET /user/spaces HTTP/1.1", [
        ["Host", "127.0.0.1"], ["X-Auth-Token", token], ["Connection", "close"], ["X-Large", "v".repeat(40_000)],
      ])));
      expect(answer.status).toBe(431);
      expect(answer.headers.get("x-request-id")).toBeTruthy();
      expect(JSON.parse(answer.body)).toMatchObject({ error: "request_header_fields_too_large" });
    });
  });
}
