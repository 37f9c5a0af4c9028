import { describe, expect, it } from "vitest";
import { creationToken, expectError, hostName, newUser, registerProvider, send, spaceIdFrom } from "./support/api.ts";

const RACERS = 30;

describe(`concurrency, on ${hostName}`, () => {
  it(`${RACERS} racing redemptions of one creation token create exactly one space`, async () => {
    const user = await newUser("e2e-race");
    const provider = await registerProvider("Racer");
    const createToken = await creationToken(user);
    const responses = await Promise.all(
      Array.from({ length: RACERS }, () => send("POST", "/spaces", { token: provider.token, body: { name: "Raced", token: createToken } })),
    );
    const winners = responses.filter((response) => response.status === 201);
    expect(winners).toHaveLength(1);
    for (const loser of responses.filter((response) => response.status !== 201)) await expectError(loser, 400, "invalid_token");
    const listed = await (await send("GET", "/user/spaces", { token: user })).json();
    expect(listed.spaces).toEqual([spaceIdFrom(winners[0]!)]);
  });

  it(`${RACERS} concurrent retries with one Idempotency-Key create one space, all answered 201 with its Location`, async () => {
    const user = await newUser("e2e-retry");
    const headers = { "Idempotency-Key": `"${crypto.randomUUID()}"` };
    const responses = await Promise.all(
      Array.from({ length: RACERS }, () => send("POST", "/spaces", { token: user, body: { name: "Once" }, headers })),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(RACERS).fill(201));
    const locations = new Set(responses.map((response) => response.headers.get("location")));
    expect(locations.size).toBe(1);
    expect(responses.filter((response) => response.headers.get("idempotent-replayed") === "true")).toHaveLength(RACERS - 1);
    const listed = await (await send("GET", "/user/spaces", { token: user })).json();
    expect(listed.spaces).toEqual([spaceIdFrom(responses[0]!)]);
  });
});
