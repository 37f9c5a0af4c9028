import { exports } from "cloudflare:workers";
import { afterAll } from "vitest";
import { createExchangeChecker } from "./checkExchange";
import { takeRecordedExchanges } from "./recordedExchanges";

// Contract check, registered for every test file (vitest.config.ts setupFiles):
// after the file's tests, every response `call()` saw must be one the served
// /openapi.json documents, with its status, headers and body schema.
afterAll(async () => {
  const exchanges = takeRecordedExchanges();
  if (exchanges.length === 0) return;
  const served = await exports.default.fetch(new Request("https://spacegate.test/openapi.json"));
  if (served.status !== 200) throw new Error(`GET /openapi.json answered ${served.status}: ${await served.text()}`);
  const check = createExchangeChecker(await served.json());
  const problems = new Set((await Promise.all(exchanges.map(check))).flat());
  if (problems.size > 0) {
    throw new Error(`${problems.size} response(s) break the OpenAPI contract:\n${[...problems].join("\n")}`);
  }
});
