import { describe, expect, it } from "vitest";
import { adminToken, createSpace, expectError, hostName, send, spaceIdFrom, unique, userToken } from "./support/api.ts";

const JOINERS = 20;

/** A fresh user, by id and token (member lists answer ids). */
async function person(prefix: string): Promise<{ id: string; token: string }> {
  const id = unique(prefix);
  return { id, token: await userToken(id) };
}

/** A single-use invite token to `spaceId`, made by a member holding space_invite_user. */
async function inviteToken(spaceId: string, member: string): Promise<string> {
  const response = await send("GET", `/spaces/${spaceId}/users/token`, { token: member });
  expect(response.status).toBe(200);
  expect(response.headers.get("cache-control")).toBe("no-store");
  return (await response.json()).token;
}

/** A space of `owner` that `member` joined with an invite token. */
async function sharedSpace(owner: string, member: string): Promise<string> {
  const spaceId = await createSpace(owner, { name: "Shared" });
  const joined = await send("POST", "/user/spaces/join", { token: member, body: { token: await inviteToken(spaceId, owner) } });
  expect(joined.status).toBe(201);
  return spaceId;
}

const json = async (response: Response) => ({ status: response.status, body: await response.json() });

describe(`members and invitations, on ${hostName}`, () => {
  it("an invite token lets one user join once, as space_view_data; members are listed oldest first", async () => {
    const alice = await person("e2e-alice");
    const bob = await person("e2e-bob");
    const spaceId = await createSpace(alice.token, { name: "Lab data" });
    const invite = await inviteToken(spaceId, alice.token);
    const joined = await send("POST", "/user/spaces/join", { token: bob.token, body: { token: invite } });
    expect(joined.status).toBe(201);
    expect(joined.headers.get("location")).toBe(`/user/spaces/${spaceId}`);
    await expectError(await send("POST", "/user/spaces/join", { token: bob.token, body: { token: invite } }), 400, "invalid_token");

    expect(await json(await send("GET", `/spaces/${spaceId}/users`, { token: bob.token }))).toEqual({ status: 200, body: { users: [alice.id, bob.id] } });
    expect(await json(await send("GET", `/spaces/${spaceId}/users/${bob.id}`, { token: alice.token }))).toEqual({ status: 200, body: { userId: bob.id, name: bob.id } });
    expect(await json(await send("GET", `/spaces/${spaceId}/users/${bob.id}/privileges`, { token: bob.token }))).toEqual({ status: 200, body: { privileges: ["space_view_data"] } });
    const viaUser = await json(await send("GET", `/user/spaces/${spaceId}`, { token: bob.token }));
    expect(viaUser).toMatchObject({ status: 200, body: { spaceId, name: "Lab data", creator: { type: "user", id: alice.id } } });
    expect((await (await send("GET", "/user/spaces", { token: bob.token })).json()).spaces).toEqual([spaceId]);
    await expectError(await send("GET", `/spaces/${spaceId}/users/token`, { token: bob.token }), 403, "forbidden");
    await expectError(await send("GET", `/spaces/${spaceId}/users`, { token: (await person("e2e-stranger")).token }), 404, "not_found");

    const again = await send("POST", "/user/spaces/join", { token: alice.token, body: { token: await inviteToken(spaceId, alice.token) } });
    expect(again.status).toBe(201);
    expect((await (await send("GET", `/spaces/${spaceId}/users/${alice.id}/privileges`, { token: alice.token })).json()).privileges).toHaveLength(10);
    expect((await (await send("GET", `/spaces/${spaceId}/users`, { token: alice.token })).json()).users).toEqual([alice.id, bob.id]);
  });

  it("a member with no privileges reads the space at /user/spaces/{id} only (403 at /spaces/{id})", async () => {
    const alice = await person("e2e-alice");
    const bob = await person("e2e-bob");
    const spaceId = await sharedSpace(alice.token, bob.token);
    expect((await send("PUT", `/spaces/${spaceId}/users/${bob.id}/privileges`, { token: alice.token, body: { privileges: [] } })).status).toBe(204);
    expect(await json(await send("GET", `/user/spaces/${spaceId}`, { token: bob.token }))).toMatchObject({ status: 200, body: { spaceId } });
    await expectError(await send("GET", `/spaces/${spaceId}`, { token: bob.token }), 403, "forbidden");
    await expectError(await send("GET", `/spaces/${spaceId}/users`, { token: bob.token }), 403, "forbidden");
  });

  it("PUT privileges replaces them in canonical order; unknown 400, without space_set_privileges 403, the last administrator 409", async () => {
    const alice = await person("e2e-alice");
    const bob = await person("e2e-bob");
    const spaceId = await sharedSpace(alice.token, bob.token);
    const path = `/api/v3/onezone/spaces/${spaceId}/users/${bob.id}/privileges`;
    const given = ["space_view_data", "space_invite_user", "space_change_data"];
    expect((await send("PUT", path, { token: alice.token, body: { privileges: given } })).status).toBe(204);
    expect(await json(await send("GET", path, { token: bob.token }))).toEqual({
      status: 200,
      body: { privileges: ["space_invite_user", "space_change_data", "space_view_data"] },
    });
    await expectError(await send("PUT", path, { token: alice.token, body: { privileges: ["space_view_data", "space_fly"] } }), 400, "invalid_request");
    await expectError(await send("PUT", path, { token: bob.token, body: { privileges: ["space_set_privileges"] } }), 403, "forbidden");
    const demoteSelf = await send("PUT", `/spaces/${spaceId}/users/${alice.id}/privileges`, { token: alice.token, body: { privileges: ["space_view_data"] } });
    await expectError(demoteSelf, 409, "conflict");
    expect((await (await send("GET", `/spaces/${spaceId}/users/${alice.id}/privileges`, { token: alice.token })).json()).privileges).toContain("space_set_privileges");
  });

  it("DELETE a member: 403 without space_remove_user, 409 for the last administrator, 204 and gone", async () => {
    const alice = await person("e2e-alice");
    const bob = await person("e2e-bob");
    const spaceId = await sharedSpace(alice.token, bob.token);
    await expectError(await send("DELETE", `/spaces/${spaceId}/users/${alice.id}`, { token: bob.token }), 403, "forbidden");
    await expectError(await send("DELETE", `/spaces/${spaceId}/users/${alice.id}`, { token: alice.token }), 409, "conflict");
    expect((await send("DELETE", `/spaces/${spaceId}/users/${bob.id}`, { token: alice.token })).status).toBe(204);
    expect((await (await send("GET", `/spaces/${spaceId}/users`, { token: alice.token })).json()).users).toEqual([alice.id]);
    await expectError(await send("GET", `/spaces/${spaceId}`, { token: bob.token }), 404, "not_found");
  });

  it("the default space; leaving (409 for the last administrator) clears it", async () => {
    const alice = await person("e2e-alice");
    const bob = await person("e2e-bob");
    const spaceId = await sharedSpace(alice.token, bob.token);
    const other = await createSpace(alice.token);
    expect(await json(await send("GET", "/user/spaces/default", { token: bob.token }))).toEqual({ status: 200, body: { spaceId: null } });
    await expectError(await send("PUT", "/user/spaces/default", { token: bob.token, body: { spaceId: other } }), 404, "not_found");
    expect((await send("PUT", "/user/spaces/default", { token: bob.token, body: { spaceId } })).status).toBe(204);
    expect(await (await send("GET", "/user/spaces", { token: bob.token })).json()).toEqual({ spaces: [spaceId], default: spaceId });
    expect(await json(await send("GET", "/user/spaces/default", { token: bob.token }))).toEqual({ status: 200, body: { spaceId } });

    await expectError(await send("DELETE", `/user/spaces/${spaceId}`, { token: alice.token }), 409, "conflict");
    expect((await send("DELETE", `/user/spaces/${spaceId}`, { token: bob.token })).status).toBe(204);
    expect(await json(await send("GET", "/user/spaces/default", { token: bob.token }))).toEqual({ status: 200, body: { spaceId: null } });
    await expectError(await send("GET", `/user/spaces/${spaceId}`, { token: bob.token }), 404, "not_found");

    expect((await send("PUT", "/user/spaces/default", { token: alice.token, body: { spaceId: other } })).status).toBe(204);
    expect((await send("PUT", "/user/spaces/default", { token: alice.token, body: { spaceId: null } })).status).toBe(204);
    expect(await json(await send("GET", "/user/spaces/default", { token: alice.token }))).toEqual({ status: 200, body: { spaceId: null } });
  });

  it(`${JOINERS} users racing one invite token: exactly one joins`, async () => {
    const owner = await person("e2e-owner");
    const spaceId = await createSpace(owner.token);
    const invite = await inviteToken(spaceId, owner.token);
    const joiners = await Promise.all(Array.from({ length: JOINERS }, () => person("e2e-joiner")));
    const responses = await Promise.all(joiners.map(({ token }) => send("POST", "/user/spaces/join", { token, body: { token: invite } })));
    const winners = joiners.filter((_, index) => responses[index]!.status === 201);
    expect(winners).toHaveLength(1);
    for (const loser of responses.filter((response) => response.status !== 201)) await expectError(loser, 400, "invalid_token");
    expect((await (await send("GET", `/spaces/${spaceId}/users`, { token: owner.token })).json()).users).toEqual([owner.id, winners[0]!.id]);
  });
});

describe(`user-created spaces, the zone's list and groups, on ${hostName}`, () => {
  it("POST /user/spaces creates as POST /spaces does", async () => {
    const alice = await person("e2e-alice");
    const created = await send("POST", "/api/v3/onezone/user/spaces", { token: alice.token, body: { name: "Via user" } });
    expect(created.status).toBe(201);
    const spaceId = spaceIdFrom(created);
    const read = await json(await send("GET", `/spaces/${spaceId}`, { token: alice.token }));
    expect(read).toMatchObject({ status: 200, body: { spaceId, name: "Via user", creator: { type: "user", id: alice.id } } });
    expect((await (await send("GET", `/spaces/${spaceId}/users/${alice.id}/privileges`, { token: alice.token })).json()).privileges).toHaveLength(10);
  });

  it("the admin pages through every space in id order with limit and page_token; others get 403", async () => {
    const alice = await person("e2e-alice");
    const mine = await Promise.all([1, 2, 3].map(() => createSpace(alice.token)));
    const admin = await adminToken();
    const seen: string[] = [];
    let pageToken: string | null = null;
    let pages = 0;
    do {
      pages++;
      const query: string = pageToken === null ? "" : `&page_token=${encodeURIComponent(pageToken)}`;
      const page = await json(await send("GET", `/spaces?limit=2${query}`, { token: admin }));
      expect(page.status).toBe(200);
      expect(page.body.spaces.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.spaces);
      pageToken = page.body.nextPageToken;
    } while (pageToken !== null);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(seen).toEqual([...seen].sort());
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining(mine));
    await expectError(await send("GET", "/spaces?limit=0", { token: admin }), 400, "invalid_request");
    await expectError(await send("GET", "/spaces", { token: alice.token }), 403, "forbidden");
  });

  it("zone privileges are out of scope (404); groups are served (docs/groups.md) under both base paths", async () => {
    const alice = await person("e2e-alice");
    const spaceId = await createSpace(alice.token);
    for (const path of ["/privileges/group/g1", "/api/v3/onezone/privileges/group/g1", `/api/v3/onezone/spaces/${spaceId}/groups/g1`]) {
      await expectError(await send("GET", path, { token: alice.token }), 404, "not_found");
    }
    for (const base of ["", "/api/v3/onezone"]) {
      await expectError(await send("GET", `${base}/groups`, { token: alice.token }), 403, "forbidden");
      expect(await (await send("GET", `${base}/spaces/${spaceId}/groups`, { token: alice.token })).json()).toEqual({ groups: [] });
    }
  });
});
