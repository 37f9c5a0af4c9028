import { exports } from "cloudflare:workers";
import { afterAll, afterEach, beforeEach } from "vitest";
import { createExchangeChecker, type ExchangeChecker } from "./checkExchange";
import { type RecordedExchange, takeRecordedExchanges } from "./recordedExchanges";

// Contract check, registered for every test file (vitest.config.ts setupFiles):
// every response `call()` saw must be one the served /openapi.json documents,
// with its status, headers and body schema. Each test's exchanges are checked
// right after it, failing that test; those made in beforeAll/afterAll hooks
// are checked after the file.

let checker: Promise<ExchangeChecker> | undefined;
const fromHooks: RecordedExchange[] = [];

async function loadChecker(): Promise<ExchangeChecker> {
  const served = await exports.default.fetch(new Request("https://spacegate.test/openapi.json"));
  if (served.status !== 200) throw new Error(`GET /openapi.json answered ${served.status}: ${await served.text()}`);
  return createExchangeChecker(await served.json());
}

/** Throws with every problem of `exchanges` against the served document. */
async function expectDocumented(exchanges: readonly RecordedExchange[], where: string): Promise<void> {
  if (exchanges.length === 0) return;
  checker ??= loadChecker();
  const check = await checker;
  const problems = new Set((await Promise.all(exchanges.map(check))).flat());
  if (problems.size > 0) {
    throw new Error(`${problems.size} response(s) ${where} break the OpenAPI contract:\n${[...problems].join("\n")}`);
  }
}

beforeEach(() => {
  fromHooks.push(...takeRecordedExchanges());
});

afterEach(async () => {
  await expectDocumented(takeRecordedExchanges(), "of this test");
});

afterAll(async () => {
  await expectDocumented([...fromHooks.splice(0), ...takeRecordedExchanges()], "made in this file's hooks");
});
