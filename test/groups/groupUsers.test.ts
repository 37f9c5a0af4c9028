import { describe, expect, it } from "vitest";
import { callAs, uniqueUser } from "../support/api";
import { expectApiError } from "../support/expectApiError";
import { ALL_GROUP_PRIVILEGES, groupInviteToken, joinedGroupUser, ownedGroup, readJson } from "../support/groups";
import { registerProvider } from "../support/providers";
import { userToken } from "../support/tokens";

const BASES = ["", "/api/v3/onezone"];

describe("GET /groups/{id}/users/token and POST /user/groups/join", () => {
  it.each(BASES)("lets one user join with group_view_data, once; Location names the group, at %j", async (base) => {
    const group = await ownedGroup();
    const response = await callAs(group.ownerToken, "GET", `${base}/groups/${group.groupId}/users/token`);
    expect(response.status).toBe(200);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const { token } = (await response.json()) as { token: string };
    const user = uniqueUser();
    const joined = await callAs(await userToken(user), "POST", `${base}/user/groups/join`, { token });
    expect({ status: joined.status, location: joined.headers.get("Location") }).toEqual({ status: 201, location: `/user/groups/${group.groupId}` });
    expect(await readJson(group.ownerToken, `/groups/${group.groupId}/users/${user}/privileges`)).toEqual({ privileges: ["group_view_data"] });
    await expectApiError(await callAs(await userToken(uniqueUser()), "POST", `${base}/user/groups/join`, { token }), 400, "invalid_token");
  });

  it("leaves a user already in the group as they are (201)", async () => {
    const group = await ownedGroup();
    const joined = await callAs(group.ownerToken, "POST", "/user/groups/join", { token: await groupInviteToken(group.ownerToken, group.groupId) });
    expect(joined.status).toBe(201);
    expect(await readJson(group.ownerToken, `/groups/${group.groupId}/users/${group.owner}/privileges`)).toEqual({ privileges: ALL_GROUP_PRIVILEGES });
  });

  it("refuses the token to a member lacking group_invite_user with 403, a stranger with 404, a provider with 403", async () => {
    const group = await ownedGroup();
    const member = await joinedGroupUser(group);
    const path = `/groups/${group.groupId}/users/token`;
    await expectApiError(await callAs(member.token, "GET", path), 403, "forbidden");
    await expectApiError(await callAs(await userToken(uniqueUser()), "GET", path), 404, "not_found");
    await expectApiError(await callAs((await registerProvider()).token, "GET", path), 403, "forbidden");
  });

  it("refuses a token for a group deleted since, a garbled token, and a missing token", async () => {
    const group = await ownedGroup();
    const token = await groupInviteToken(group.ownerToken, group.groupId);
    expect((await callAs(group.ownerToken, "DELETE", `/groups/${group.groupId}`)).status).toBe(204);
    const joiner = await userToken(uniqueUser());
    await expectApiError(await callAs(joiner, "POST", "/user/groups/join", { token }), 400, "invalid_token");
    await expectApiError(await callAs(joiner, "POST", "/user/groups/join", { token: "not.a.jwt" }), 400, "invalid_token");
    await expectApiError(await callAs(joiner, "POST", "/user/groups/join", {}), 400, "invalid_request");
  });
});

describe("GET /groups/{id}/users and /users/{uid}", () => {
  it.each(BASES)("lists direct users and reads one by id with its name claim, at %j", async (base) => {
    const group = await ownedGroup();
    const named = uniqueUser("named");
    const namedToken = await userToken(named, { claims: { name: "Grace Hopper" } });
    expect((await callAs(namedToken, "POST", "/user/groups/join", { token: await groupInviteToken(group.ownerToken, group.groupId) })).status).toBe(201);
    const listed = await readJson<{ users: string[] }>(namedToken, `${base}/groups/${group.groupId}/users`);
    expect([...listed.users].sort()).toEqual([group.owner, named].sort());
    expect(await readJson(namedToken, `${base}/groups/${group.groupId}/users/${named}`)).toEqual({ userId: named, name: "Grace Hopper" });
    expect(await readJson(namedToken, `${base}/groups/${group.groupId}/users/${group.owner}`)).toEqual({ userId: group.owner, name: group.owner });
    await expectApiError(await callAs(namedToken, "GET", `${base}/groups/${group.groupId}/users/nobody`), 404, "not_found");
  });

  it("refuses a member lacking group_view_data with 403 and a stranger with 404", async () => {
    const group = await ownedGroup();
    const blind = await joinedGroupUser(group, []);
    for (const path of [`/groups/${group.groupId}/users`, `/groups/${group.groupId}/users/${group.owner}`, `/groups/${group.groupId}/effective_users`]) {
      await expectApiError(await callAs(blind.token, "GET", path), 403, "forbidden");
      await expectApiError(await callAs(await userToken(uniqueUser()), "GET", path), 404, "not_found");
    }
  });
});

describe("GET and PUT /groups/{id}/users/{uid}/privileges", () => {
  it.each(BASES)("replaces a user's privileges, stored in canonical order without repeats, at %j", async (base) => {
    const group = await ownedGroup();
    const member = await joinedGroupUser(group);
    const response = await callAs(group.ownerToken, "PUT", `${base}/groups/${group.groupId}/users/${member.user}/privileges`, {
      privileges: ["group_view_data", "group_invite_user", "group_view_data", "group_change_data"],
    });
    expect(response.status).toBe(204);
    expect(await readJson(member.token, `${base}/groups/${group.groupId}/users/${member.user}/privileges`)).toEqual({
      privileges: ["group_change_data", "group_invite_user", "group_view_data"],
    });
  });

  it.each([
    ["an unknown privilege", { privileges: ["group_view_data", "group_fly"] }],
    ["a space privilege", { privileges: ["space_view_data"] }],
    ["a string instead of a list", { privileges: "group_view_data" }],
  ])("refuses %s with 400 invalid_request", async (_label, body) => {
    const group = await ownedGroup();
    const member = await joinedGroupUser(group);
    await expectApiError(await callAs(group.ownerToken, "PUT", `/groups/${group.groupId}/users/${member.user}/privileges`, body), 400, "invalid_request");
  });

  it("refuses a member lacking group_set_privileges with 403, a stranger with 404, a target who is no user with 404", async () => {
    const group = await ownedGroup();
    const member = await joinedGroupUser(group);
    const body = { privileges: ALL_GROUP_PRIVILEGES };
    await expectApiError(await callAs(member.token, "PUT", `/groups/${group.groupId}/users/${member.user}/privileges`, body), 403, "forbidden");
    await expectApiError(await callAs(await userToken(uniqueUser()), "PUT", `/groups/${group.groupId}/users/${member.user}/privileges`, body), 404, "not_found");
    await expectApiError(await callAs(group.ownerToken, "PUT", `/groups/${group.groupId}/users/nobody/privileges`, body), 404, "not_found");
    await expectApiError(await callAs(group.ownerToken, "GET", `/groups/${group.groupId}/users/nobody/privileges`), 404, "not_found");
    expect(await readJson(group.ownerToken, `/groups/${group.groupId}/users/${member.user}/privileges`)).toEqual({ privileges: ["group_view_data"] });
  });

  it("answers 409 when the last administrator would lose group_set_privileges, and allows it once another holds it", async () => {
    const group = await ownedGroup();
    const demote = { privileges: ["group_view_data"] };
    const path = `/groups/${group.groupId}/users/${group.owner}/privileges`;
    await expectApiError(await callAs(group.ownerToken, "PUT", path, demote), 409, "conflict");
    await joinedGroupUser(group, ["group_set_privileges", "group_view_data"]);
    expect((await callAs(group.ownerToken, "PUT", path, demote)).status).toBe(204);
  });
});

describe("DELETE /groups/{id}/users/{uid}", () => {
  it.each(BASES)("removes a user for group_remove_user; their access ends at once, at %j", async (base) => {
    const group = await ownedGroup();
    const member = await joinedGroupUser(group);
    expect((await callAs(group.ownerToken, "DELETE", `${base}/groups/${group.groupId}/users/${member.user}`)).status).toBe(204);
    await expectApiError(await callAs(member.token, "GET", `/groups/${group.groupId}`), 404, "not_found");
    await expectApiError(await callAs(group.ownerToken, "DELETE", `${base}/groups/${group.groupId}/users/${member.user}`), 404, "not_found");
  });

  it("refuses a member lacking group_remove_user with 403, and the last administrator's removal with 409", async () => {
    const group = await ownedGroup();
    const member = await joinedGroupUser(group, ["group_view_data", "group_remove_user"]);
    await expectApiError(await callAs((await joinedGroupUser(group)).token, "DELETE", `/groups/${group.groupId}/users/${member.user}`), 403, "forbidden");
    await expectApiError(await callAs(member.token, "DELETE", `/groups/${group.groupId}/users/${group.owner}`), 409, "conflict");
    await expectApiError(await callAs(await userToken(uniqueUser()), "DELETE", `/groups/${group.groupId}/users/${member.user}`), 404, "not_found");
  });
});
