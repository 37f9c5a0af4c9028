// Round trips per operation on PostgreSQL: the same cases as the D1 suites (test/perf/support/roundTripCases.ts),
// through the worker's own fetch over the PostgreSQL Db (test/postgres/support/workerOverPostgres.ts), counted
// on the pool's sockets; each must cost what it costs on D1.
import { afterAll, beforeAll, describe, it } from "vitest";
import {
  expectRoundTrips, groupCases, groupChainCases, groupInSpaceCases, type Measure, memberCases, providerCases, replayCases, spaceCases, supportEndCases,
} from "../perf/support/roundTripCases.ts";
import { useWorker } from "./support/cloudflareWorkers.ts";
import { createTestDatabase } from "./support/testDatabase.ts";
import { workerOverPostgres, type WorkerOverPostgres } from "./support/workerOverPostgres.ts";

let worker: WorkerOverPostgres;
beforeAll(async () => {
  worker = await workerOverPostgres(await createTestDatabase({ migrated: true }));
  useWorker(worker);
});
afterAll(() => worker?.close());

const measureOnPostgres: Measure = async (path, init) => {
  worker.trips.reset();
  const response = await worker.fetch(new Request(new URL(path, "https://spacegate.test"), init));
  return { response, trips: worker.trips.count(), detail: worker.statements() };
};

describe("PostgreSQL round trips per operation, as on D1", () => {
  it("a user's and a provider's POST /spaces, a revoked provider's refusal, GET /spaces/{id} and GET /user/spaces", async () => {
    await expectRoundTrips(await spaceCases(), measureOnPostgres);
  });

  it("a user's and a provider's replay with the same Idempotency-Key", async () => {
    await expectRoundTrips(await replayCases(false), measureOnPostgres);
    await expectRoundTrips(await replayCases(true), measureOnPostgres);
  });

  it("members, invitations (an invite token redeemed), privileges, defaults and the admin's list", async () => {
    await expectRoundTrips(await memberCases(), measureOnPostgres);
  });

  it("a provider's support and other operations, and a member ending a support", async () => {
    await expectRoundTrips(await providerCases(), measureOnPostgres);
    await expectRoundTrips(await supportEndCases(), measureOnPostgres);
  });

  it("groups, groups in spaces, and a member through a 10-level chain on the space routes", async () => {
    await expectRoundTrips(await groupCases(), measureOnPostgres);
    await expectRoundTrips(await groupInSpaceCases(), measureOnPostgres);
    await expectRoundTrips(await groupChainCases(), measureOnPostgres);
  });
});
