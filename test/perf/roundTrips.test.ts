import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { countingDb } from "../support/countingDb";
import { measureOnD1 } from "./support/measureOnD1";
import { expectRoundTrips, replayCases, spaceCases } from "./support/roundTripCases";

// The cases are shared with the PostgreSQL suite (test/perf/support/roundTripCases.ts).

describe("the counting D1 pass-through", () => {
  it("counts one round trip per statement run and per batch, also through a D1 session", async () => {
    const counting = countingDb(env.DB);
    const session = counting.db.withSession("first-unconstrained");
    expect(await session.prepare("SELECT ?1 AS n").bind(7).first("n")).toBe(7);
    await session.batch([session.prepare("SELECT 1"), session.prepare("SELECT 2")]);
    await counting.db.prepare("SELECT 3").raw();
    expect(counting.trips.map((trip) => trip.kind)).toEqual(["first", "batch", "raw"]);
    expect(session.getBookmark()).not.toBeNull();
  });
});

describe("D1 round trips per operation", () => {
  it("a user's and a provider's POST /spaces, a revoked provider's refusal, GET /spaces/{id} and GET /user/spaces cost one round trip each", async () => {
    await expectRoundTrips(await spaceCases(), measureOnD1);
  });
});

describe("D1 round trips of an Idempotency-Key replay", () => {
  it("a user's replayed POST /spaces answers the same 201 in one round trip", async () => {
    await expectRoundTrips(await replayCases(false), measureOnD1);
  });

  it("a provider's replayed POST /spaces answers the same 201 in one round trip", async () => {
    await expectRoundTrips(await replayCases(true), measureOnD1);
  });
});
