import { describe, expect, it } from "vitest";
import { createSpace, expectError, hostName, send, unique, userToken } from "./support/api.ts";

/** A fresh user, by id and token. */
async function person(prefix: string): Promise<{ id: string; token: string }> {
  const id = unique(prefix);
  return { id, token: await userToken(id) };
}

/** A group made by `owner` through `POST /groups`; answers its id. */
async function createGroup(owner: string, name: string): Promise<string> {
  const response = await send("POST", "/groups", { token: owner, body: { name, type: "team" } });
  expect(response.status).toBe(201);
  const match = /^\/groups\/([0-9a-f]{32})$/.exec(response.headers.get("location") ?? "");
  expect(match).not.toBeNull();
  return match![1]!;
}

/** A single-use token from `GET path`, which no cache may keep. */
async function tokenFrom(path: string, accessToken: string): Promise<string> {
  const response = await send("GET", path, { token: accessToken });
  expect(response.status).toBe(200);
  expect(response.headers.get("cache-control")).toBe("no-store");
  return (await response.json()).token;
}

const json = async (response: Response) => ({ status: response.status, body: await response.json() });

describe(`groups, on ${hostName}`, () => {
  it("create, invite, join, privileges, leave and delete a group", async () => {
    const alice = await person("e2e-galice");
    const bob = await person("e2e-gbob");
    const groupId = await createGroup(alice.token, "Lab team");
    expect(await json(await send("GET", `/api/v3/onezone/groups/${groupId}`, { token: alice.token }))).toEqual({
      status: 200,
      body: { groupId, name: "Lab team", type: "team" },
    });
    const invite = await tokenFrom(`/groups/${groupId}/users/token`, alice.token);
    const joined = await send("POST", "/user/groups/join", { token: bob.token, body: { token: invite } });
    expect({ status: joined.status, location: joined.headers.get("location") }).toEqual({ status: 201, location: `/user/groups/${groupId}` });
    await expectError(await send("POST", "/user/groups/join", { token: bob.token, body: { token: invite } }), 400, "invalid_token");
    expect(await json(await send("GET", `/groups/${groupId}/users/${bob.id}/privileges`, { token: bob.token }))).toEqual({
      status: 200,
      body: { privileges: ["group_view_data"] },
    });
    await expectError(await send("PATCH", `/groups/${groupId}`, { token: bob.token, body: { name: "Taken" } }), 403, "forbidden");
    await expectError(await send("GET", `/groups/${groupId}`, { token: (await person("e2e-gstranger")).token }), 404, "not_found");
    await expectError(await send("DELETE", `/user/groups/${groupId}`, { token: alice.token }), 409, "conflict");
    expect((await send("DELETE", `/user/groups/${groupId}`, { token: bob.token })).status).toBe(204);
    expect(await json(await send("GET", "/user/groups", { token: bob.token }))).toEqual({ status: 200, body: { groups: [] } });
    expect((await send("DELETE", `/groups/${groupId}`, { token: alice.token })).status).toBe(204);
    await expectError(await send("GET", `/groups/${groupId}`, { token: alice.token }), 404, "not_found");
  });

  it("nesting: effective users and privileges through two levels; cycles are 409", async () => {
    const alice = await person("e2e-galice");
    const carol = await person("e2e-gcarol");
    const top = await createGroup(alice.token, "Top");
    const middle = await createGroup(alice.token, "Middle");
    const bottom = await createGroup(alice.token, "Bottom");
    for (const [child, parent] of [[middle, top], [bottom, middle]] as const) {
      const nested = await send("POST", `/groups/${child}/nested/join`, { token: alice.token, body: { token: await tokenFrom(`/groups/${parent}/nested/token`, alice.token) } });
      expect({ status: nested.status, location: nested.headers.get("location") }).toEqual({ status: 201, location: `/groups/${child}/parent/${parent}` });
    }
    const cycle = await send("POST", `/groups/${top}/nested/join`, { token: alice.token, body: { token: await tokenFrom(`/groups/${bottom}/nested/token`, alice.token) } });
    await expectError(cycle, 409, "conflict");
    const joined = await send("POST", "/user/groups/join", { token: carol.token, body: { token: await tokenFrom(`/groups/${bottom}/users/token`, alice.token) } });
    expect(joined.status).toBe(201);
    expect((await json(await send("GET", `/groups/${top}`, { token: carol.token }))).status).toBe(200);
    expect((await (await send("GET", `/groups/${top}/effective_users`, { token: alice.token })).json()).users).toContain(carol.id);
    expect(await json(await send("GET", `/groups/${top}/effective_users/${carol.id}/privileges`, { token: alice.token }))).toEqual({
      status: 200,
      body: { privileges: ["group_view_data"] },
    });
    expect(await json(await send("GET", `/groups/${top}/nested`, { token: alice.token }))).toEqual({ status: 200, body: { nested_groups: [middle] } });
    expect((await send("DELETE", `/groups/${top}/nested/${middle}`, { token: alice.token })).status).toBe(204);
    await expectError(await send("GET", `/groups/${top}`, { token: carol.token }), 404, "not_found");
  });

  it("groups in spaces: a group joins a space; its users see the space's groups; removal from the space side", async () => {
    const alice = await person("e2e-galice");
    const dave = await person("e2e-gdave");
    const spaceId = await createSpace(alice.token, { name: "Group space" });
    const groupId = await createGroup(dave.token, "Dave team");
    const joined = await send("POST", `/groups/${groupId}/spaces/join`, {
      token: dave.token,
      body: { token: await tokenFrom(`/spaces/${spaceId}/groups/token`, alice.token) },
    });
    expect({ status: joined.status, location: joined.headers.get("location") }).toEqual({ status: 201, location: `/groups/${groupId}/spaces/${spaceId}` });
    expect(await json(await send("GET", `/spaces/${spaceId}/groups`, { token: alice.token }))).toEqual({ status: 200, body: { groups: [groupId] } });
    expect(await json(await send("GET", `/groups/${groupId}/spaces`, { token: dave.token }))).toEqual({ status: 200, body: { spaces: [spaceId] } });
    expect((await json(await send("GET", `/groups/${groupId}/spaces/${spaceId}`, { token: dave.token }))).body).toMatchObject({ spaceId, name: "Group space" });
    expect(await json(await send("GET", `/spaces/${spaceId}/effective_users/${dave.id}/privileges`, { token: alice.token }))).toEqual({
      status: 200,
      body: { privileges: ["space_view_data"] },
    });
    expect(await json(await send("GET", "/user/effective_spaces", { token: dave.token }))).toEqual({ status: 200, body: { spaces: [spaceId] } });
    expect((await send("DELETE", `/spaces/${spaceId}/groups/${groupId}`, { token: alice.token })).status).toBe(204);
    expect(await json(await send("GET", "/user/effective_spaces", { token: dave.token }))).toEqual({ status: 200, body: { spaces: [] } });
  });
});
