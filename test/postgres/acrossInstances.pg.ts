// The rules D1's one writer gives for free, across three Bun instances over one PostgreSQL
// database (docs/scaling-out.md, "Across instances"): a single-use token is spent once however
// many instances it is sent to at once, an Idempotency-Key makes one space, a quota is never
// overshot, and two administrators demoting each other never leave a space without one. Every
// answer is read over HTTP, every count also straight from the database.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CallOptions, call, expectError, idIn, type Reply } from "./support/http.ts";
import { type Instances, startInstances } from "./support/instances.ts";
import { createTestDatabase } from "./support/testDatabase.ts";

const QUOTA = 3;
/** Racers per instance: the same request sent this many times to each of the three. */
const PER_INSTANCE = 3;

let fleet: Instances;
let db: pg.Client;
beforeAll(async () => {
  const url = await createTestDatabase();
  fleet = await startInstances(3, url, { settings: { MAX_SPACES_PER_USER: String(QUOTA) } });
  db = new pg.Client(url);
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await fleet?.stop();
});

/** A request to the `index`th instance (any number: it wraps around the three). */
const to = (index: number, method: string, path: string, options?: CallOptions): Promise<Reply> =>
  call(fleet.all[index % fleet.all.length]!.baseUrl, method, path, options);

/** `count` requests at once, spread evenly over the instances. */
const race = (count: number, send: (index: number) => Promise<Reply>): Promise<Reply[]> =>
  Promise.all(Array.from({ length: count }, (_, index) => send(index)));

const count = async (query: string, values: unknown[]): Promise<number> => Number((await db.query(query, values)).rows[0].n);
const user = (prefix: string) => `${prefix}-${crypto.randomUUID()}`;

async function createSpace(index: number, token: string, name = "Across"): Promise<string> {
  return idIn(await to(index, "POST", "/spaces", { token, body: { name } }));
}

async function tokenFrom(index: number, path: string, token: string): Promise<string> {
  const reply = await to(index, "GET", path, { token });
  expect(reply.status).toBe(200);
  return (reply.body as { token: string }).token;
}

/** Exactly one of `replies` is a 201 and every other the documented refusal; answers the winner's index. */
function expectOneWinner(replies: Reply[], status: number, code: string): number {
  expect(replies.map((reply) => reply.status).filter((s) => s === 201)).toEqual([201]);
  for (const loser of replies.filter((reply) => reply.status !== 201)) expectError(loser, status, code);
  return replies.findIndex((reply) => reply.status === 201);
}

describe("three Bun instances over one PostgreSQL database", () => {
  const racers = 3 * PER_INSTANCE;

  it(`a space invite token sent by ${racers} users to the three instances at once adds exactly one member`, async () => {
    const owner = user("owner");
    const ownerToken = await fleet.userToken(owner);
    const spaceId = await createSpace(0, ownerToken);
    const invite = await tokenFrom(1, `/spaces/${spaceId}/users/token`, ownerToken);
    const joiners = Array.from({ length: racers }, () => user("joiner"));
    const tokens = await Promise.all(joiners.map((id) => fleet.userToken(id)));
    const replies = await race(racers, (i) => to(i, "POST", "/user/spaces/join", { token: tokens[i], body: { token: invite } }));
    const winner = joiners[expectOneWinner(replies, 400, "invalid_token")]!;
    for (const index of [0, 1, 2]) {
      expect((await to(index, "GET", `/spaces/${spaceId}/users`, { token: ownerToken })).body).toEqual({ users: [owner, winner] });
    }
    expect(await count("SELECT COUNT(*) AS n FROM space_members WHERE space_id = $1", [spaceId])).toBe(2);
  });

  it(`a group invite token sent by ${racers} users to the three instances at once adds exactly one member`, async () => {
    const owner = user("group-owner");
    const ownerToken = await fleet.userToken(owner);
    const groupId = idIn(await to(0, "POST", "/groups", { token: ownerToken, body: { name: "Across" } }));
    const invite = await tokenFrom(2, `/groups/${groupId}/users/token`, ownerToken);
    const joiners = Array.from({ length: racers }, () => user("group-joiner"));
    const tokens = await Promise.all(joiners.map((id) => fleet.userToken(id)));
    const replies = await race(racers, (i) => to(i, "POST", "/user/groups/join", { token: tokens[i], body: { token: invite } }));
    const winner = joiners[expectOneWinner(replies, 400, "invalid_token")]!;
    const listed = (await to(1, "GET", `/groups/${groupId}/users`, { token: ownerToken })).body as { users: string[] };
    expect(listed.users.sort()).toEqual([owner, winner].sort());
    expect(await count("SELECT COUNT(*) AS n FROM group_users WHERE group_id = $1", [groupId])).toBe(2);
  });

  it(`a space creation token redeemed by a provider ${racers} times on the three instances at once makes exactly one space`, async () => {
    const admin = await fleet.userToken("admin");
    const registered = await to(0, "POST", "/providers", { token: admin, body: { name: "Across" } });
    expect(registered.status).toBe(201);
    const provider = (registered.body as { token: string }).token;
    const owner = user("created-for");
    const ownerToken = await fleet.userToken(owner);
    const creation = await tokenFrom(1, "/user/spaces/token", ownerToken);
    const replies = await race(racers, (i) => to(i, "POST", "/spaces", { token: provider, body: { name: "Once", token: creation } }));
    const spaceId = idIn(replies[expectOneWinner(replies, 400, "invalid_token")]!);
    for (const index of [0, 1, 2]) expect((await to(index, "GET", "/user/spaces", { token: ownerToken })).body).toMatchObject({ spaces: [spaceId] });
    expect(await count("SELECT COUNT(*) AS n FROM spaces WHERE owner_id = $1", [owner])).toBe(1);
    expect(await count("SELECT COUNT(*) AS n FROM space_supports WHERE space_id = $1", [spaceId])).toBe(1);
  });

  it(`one Idempotency-Key sent ${racers} times to the three instances at once makes one space, every reply the same 201`, async () => {
    const owner = user("keyed");
    const token = await fleet.userToken(owner);
    const headers = { "Idempotency-Key": `"${crypto.randomUUID()}"` };
    const replies = await race(racers, (i) => to(i, "POST", "/spaces", { token, body: { name: "Keyed" }, headers }));
    expect(new Set(replies.map(({ status, location, body }) => JSON.stringify({ status, location, body })))).toHaveProperty("size", 1);
    const spaceId = idIn(replies[0]!);
    expect(replies.map((reply) => reply.replayed).filter((replayed) => replayed === "true")).toHaveLength(racers - 1);
    expect((await to(2, "GET", "/user/spaces", { token })).body).toMatchObject({ spaces: [spaceId] });
    expect(await count("SELECT COUNT(*) AS n FROM spaces WHERE owner_id = $1", [owner])).toBe(1);
    expect(await count("SELECT COUNT(*) AS n FROM idempotency_keys WHERE space_id = $1", [spaceId])).toBe(1);
  });

  it(`a quota of ${QUOTA} holds against 12 concurrent creates spread over the three instances`, async () => {
    const owner = user("quota");
    const token = await fleet.userToken(owner);
    const replies = await race(12, (i) => to(i, "POST", "/spaces", { token, body: { name: `Quota ${i}` } }));
    expect(replies.filter((reply) => reply.status === 201)).toHaveLength(QUOTA);
    for (const refused of replies.filter((reply) => reply.status !== 201)) expectError(refused, 403, "quota_exceeded");
    const created = replies.filter((reply) => reply.status === 201).map(idIn).sort();
    expect(((await to(1, "GET", "/user/spaces", { token })).body as { spaces: string[] }).spaces.sort()).toEqual(created);
    expect(await count("SELECT COUNT(*) AS n FROM spaces WHERE owner_id = $1", [owner])).toBe(QUOTA);
  });

  it("two administrators demoting each other through different instances, 20 rounds, never leave the space without one", async () => {
    const ADMIN = "space_set_privileges";
    const [alice, bob] = [user("alice"), user("bob")];
    const tokens = { [alice]: await fleet.userToken(alice), [bob]: await fleet.userToken(bob) };
    const spaceId = await createSpace(0, tokens[alice]!);
    const invite = await tokenFrom(0, `/spaces/${spaceId}/users/token`, tokens[alice]!);
    expect((await to(1, "POST", "/user/spaces/join", { token: tokens[bob], body: { token: invite } })).status).toBe(201);
    const privilegesPath = (member: string) => `/spaces/${spaceId}/users/${member}/privileges`;
    const promote = async (index: number, by: string, member: string) =>
      expect((await to(index, "PUT", privilegesPath(member), { token: tokens[by], body: { privileges: [ADMIN, "space_view_data"] } })).status).toBe(204);
    await promote(2, alice, bob);
    for (let round = 0; round < 20; round++) {
      // Each demotes the other through another instance, at the same moment.
      const [byAlice, byBob] = await Promise.all([
        to(round, "PUT", privilegesPath(bob), { token: tokens[alice], body: { privileges: ["space_view_data"] } }),
        to(round + 1, "PUT", privilegesPath(alice), { token: tokens[bob], body: { privileges: ["space_view_data"] } }),
      ]);
      // One wins; the other is refused: no longer an administrator (403), or the last one (409).
      const [winner, loser] = byAlice.status === 204 ? [byAlice, byBob] : [byBob, byAlice];
      expect(winner.status).toBe(204);
      expect([403, 409]).toContain(loser.status);
      expectError(loser, loser.status, loser.status === 403 ? "forbidden" : "conflict");
      const holders: string[] = [];
      for (const member of [alice, bob]) {
        const read = await to(round + 2, "GET", privilegesPath(member), { token: tokens[member] });
        expect(read.status).toBe(200);
        if ((read.body as { privileges: string[] }).privileges.includes(ADMIN)) holders.push(member);
      }
      expect(holders).toHaveLength(1);
      const stored = await db.query("SELECT user_id FROM space_members WHERE space_id = $1 AND privileges LIKE $2", [spaceId, `%"${ADMIN}"%`]);
      expect(stored.rows.map((row) => row.user_id)).toEqual(holders);
      // The one left holding it gives it back, through yet another instance, for the next round.
      await promote(round + 2, holders[0]!, holders[0] === alice ? bob : alice);
    }
  });
});
