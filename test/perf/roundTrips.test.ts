import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { callAs, spaceIdFrom, uniqueUser } from "../support/api";
import { userToken } from "../support/tokens";
import { adminToken, registerProvider, spaceCreateToken } from "../support/providers";
import { countingDb, type RoundTrip } from "../support/countingDb";
import { callWithEnv, requestAs } from "../support/callWithEnv";

// Sends one request through the worker's own fetch on a counting D1; answers the response and its
// round trips.
async function measure(path: string, init: RequestInit): Promise<{ response: Response; trips: RoundTrip[] }> {
  const counting = countingDb(env.DB);
  const response = await callWithEnv(path, init, { DB: counting.db });
  return { response, trips: counting.trips };
}

// The round trips as `kind: sql` lines, so that a failing count shows what was sent.
function describeTrips(trips: readonly RoundTrip[]): string[] {
  return trips.map((trip) => `${trip.kind}: ${trip.sql.map((sql) => sql.replace(/\s+/g, " ").trim()).join(" | ")}`);
}

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
  it("a user's POST /spaces costs exactly one round trip", async () => {
    const { response, trips } = await measure("/spaces", requestAs(await userToken(uniqueUser()), "POST", { name: "One trip" }));
    expect(response.status).toBe(201);
    expect(describeTrips(trips)).toHaveLength(1);
  });

  it("a provider's POST /spaces costs exactly one round trip: its registration is checked in the create batch", async () => {
    const provider = await registerProvider();
    const token = await spaceCreateToken(await userToken(uniqueUser()));
    const { response, trips } = await measure("/spaces", requestAs(provider.token, "POST", { token, size: 1024 }));
    expect(response.status).toBe(201);
    expect(describeTrips(trips)).toHaveLength(1);
  });

  it("a revoked provider's POST /spaces is refused in that one round trip", async () => {
    const provider = await registerProvider();
    const token = await spaceCreateToken(await userToken(uniqueUser()));
    expect((await callAs(await adminToken(), "DELETE", `/providers/${provider.providerId}`)).status).toBe(204);
    const { response, trips } = await measure("/provider/spaces", requestAs(provider.token, "POST", { token }));
    expect(response.status).toBe(401);
    expect(describeTrips(trips)).toHaveLength(1);
  });

  it("a member's GET /spaces/{id} costs exactly one round trip", async () => {
    const token = await userToken(uniqueUser());
    const spaceId = spaceIdFrom(await callAs(token, "POST", "/spaces", { name: "Read me" }));
    const { response, trips } = await measure(`/spaces/${spaceId}`, requestAs(token, "GET"));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ spaceId, name: "Read me" });
    expect(describeTrips(trips)).toHaveLength(1);
  });

  it("GET /user/spaces costs exactly one round trip", async () => {
    const token = await userToken(uniqueUser());
    const spaceId = spaceIdFrom(await callAs(token, "POST", "/spaces", { name: "Listed" }));
    const { response, trips } = await measure("/user/spaces", requestAs(token, "GET"));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ spaces: [spaceId], default: null });
    expect(describeTrips(trips)).toHaveLength(1);
  });
});

describe("D1 round trips of an Idempotency-Key replay", () => {
  it("a user's replayed POST /spaces answers the same 201 in one round trip", async () => {
    const init = requestAs(await userToken(uniqueUser()), "POST", { name: "Once" }, { "Idempotency-Key": crypto.randomUUID() });
    const first = await measure("/spaces", init);
    expect(first.response.status).toBe(201);
    expect(describeTrips(first.trips)).toHaveLength(1);
    const replay = await measure("/spaces", init);
    expect(replay.response.status).toBe(201);
    expect(replay.response.headers.get("Location")).toBe(first.response.headers.get("Location"));
    expect(replay.response.headers.get("Idempotent-Replayed")).toBe("true");
    expect(describeTrips(replay.trips)).toHaveLength(1);
  });

  it("a provider's replayed POST /spaces answers the same 201 in one round trip", async () => {
    const provider = await registerProvider();
    const token = await spaceCreateToken(await userToken(uniqueUser()));
    const init = requestAs(provider.token, "POST", { token }, { "Idempotency-Key": crypto.randomUUID() });
    const first = await measure("/spaces", init);
    expect(first.response.status).toBe(201);
    const replay = await measure("/spaces", init);
    expect(replay.response.status).toBe(201);
    expect(replay.response.headers.get("Location")).toBe(first.response.headers.get("Location"));
    expect(replay.response.headers.get("Idempotent-Replayed")).toBe("true");
    expect(describeTrips(replay.trips)).toHaveLength(1);
  });
});
