import { describe, expect, it } from "vitest";
import { callAs, uniqueUser } from "../support/api";
import { expectApiError } from "../support/expectApiError";
import { ALL_SPACE_PRIVILEGES } from "../support/expectedPrivileges";
import { groupChain, groupJoinsSpace, joinedGroupUser, ownedGroup, readJson, spaceGroupInviteToken } from "../support/groups";
import { registerProvider } from "../support/providers";
import { joinedMember, ownedSpace } from "../support/spaces";
import { userToken } from "../support/tokens";

const BASES = ["", "/api/v3/onezone"];

describe("GET /spaces/{id}/groups/token and POST /groups/{id}/spaces/join", () => {
  it.each(BASES)("a group joins a space with space_view_data, once; both sides list it, at %j", async (base) => {
    const space = await ownedSpace();
    const group = await ownedGroup("Joiners");
    const response = await callAs(space.ownerToken, "GET", `${base}/spaces/${space.spaceId}/groups/token`);
    expect({ status: response.status, cache: response.headers.get("Cache-Control") }).toEqual({ status: 200, cache: "no-store" });
    const { token } = (await response.json()) as { token: string };
    const joined = await callAs(group.ownerToken, "POST", `${base}/groups/${group.groupId}/spaces/join`, { token });
    expect({ status: joined.status, location: joined.headers.get("Location") }).toEqual({
      status: 201,
      location: `/groups/${group.groupId}/spaces/${space.spaceId}`,
    });
    expect(await readJson(space.ownerToken, `${base}/spaces/${space.spaceId}/groups`)).toEqual({ groups: [group.groupId] });
    expect(await readJson(space.ownerToken, `${base}/spaces/${space.spaceId}/groups/${group.groupId}`)).toEqual({ groupId: group.groupId, name: "Joiners", type: "team" });
    expect(await readJson(space.ownerToken, `${base}/spaces/${space.spaceId}/groups/${group.groupId}/privileges`)).toEqual({ privileges: ["space_view_data"] });
    expect(await readJson(group.ownerToken, `${base}/groups/${group.groupId}/spaces`)).toEqual({ spaces: [space.spaceId] });
    expect(await readJson(group.ownerToken, `${base}/groups/${group.groupId}/spaces/${space.spaceId}`)).toMatchObject({
      spaceId: space.spaceId,
      name: "Shared space",
      creator: { type: "user", id: space.owner },
    });
    const other = await ownedGroup();
    await expectApiError(await callAs(other.ownerToken, "POST", `/groups/${other.groupId}/spaces/join`, { token }), 400, "invalid_token");
  });

  it("refuses a caller lacking group_join_space with 403 and a stranger to the group with 404, leaving the token unspent", async () => {
    const space = await ownedSpace();
    const group = await ownedGroup();
    const member = await joinedGroupUser(group);
    const token = await spaceGroupInviteToken(space.ownerToken, space.spaceId);
    await expectApiError(await callAs(member.token, "POST", `/groups/${group.groupId}/spaces/join`, { token }), 403, "forbidden");
    await expectApiError(await callAs(await userToken(uniqueUser()), "POST", `/groups/${group.groupId}/spaces/join`, { token }), 404, "not_found");
    expect((await callAs(group.ownerToken, "POST", `/groups/${group.groupId}/spaces/join`, { token })).status).toBe(201);
  });

  it("refuses the token to a member lacking space_invite_group with 403 and a stranger with 404; a deleted space's token is 400", async () => {
    const space = await ownedSpace();
    const member = await joinedMember(space);
    await expectApiError(await callAs(member.token, "GET", `/spaces/${space.spaceId}/groups/token`), 403, "forbidden");
    await expectApiError(await callAs(await userToken(uniqueUser()), "GET", `/spaces/${space.spaceId}/groups/token`), 404, "not_found");
    const token = await spaceGroupInviteToken(space.ownerToken, space.spaceId);
    expect((await callAs(space.ownerToken, "DELETE", `/spaces/${space.spaceId}`)).status).toBe(204);
    const group = await ownedGroup();
    await expectApiError(await callAs(group.ownerToken, "POST", `/groups/${group.groupId}/spaces/join`, { token }), 400, "invalid_token");
  });

  it("answers 201 and changes nothing when the group is already a member", async () => {
    const space = await ownedSpace();
    const group = await ownedGroup();
    await groupJoinsSpace(group, space.spaceId, space.ownerToken, ["space_view_data", "space_invite_user"]);
    await groupJoinsSpace(group, space.spaceId, space.ownerToken);
    expect(await readJson(space.ownerToken, `/spaces/${space.spaceId}/groups/${group.groupId}/privileges`)).toEqual({
      privileges: ["space_invite_user", "space_view_data"],
    });
  });
});

describe("a space's groups: privileges and removal", () => {
  it.each(BASES)("replaces a group's privileges in canonical order, at %j", async (base) => {
    const space = await ownedSpace();
    const group = await ownedGroup();
    await groupJoinsSpace(group, space.spaceId, space.ownerToken);
    const path = `${base}/spaces/${space.spaceId}/groups/${group.groupId}/privileges`;
    expect((await callAs(space.ownerToken, "PUT", path, { privileges: ["space_view_data", "space_change_data"] })).status).toBe(204);
    expect(await readJson(space.ownerToken, path)).toEqual({ privileges: ["space_change_data", "space_view_data"] });
    await expectApiError(await callAs(space.ownerToken, "PUT", path, { privileges: ["group_view_data"] }), 400, "invalid_request");
  });

  it("refuses members lacking the privilege with 403, strangers and providers with 404, unknown groups with 404", async () => {
    const space = await ownedSpace();
    const group = await ownedGroup();
    await groupJoinsSpace(group, space.spaceId, space.ownerToken);
    const member = await joinedMember(space, []);
    const stranger = await userToken(uniqueUser());
    const provider = await registerProvider();
    const privileges = `/spaces/${space.spaceId}/groups/${group.groupId}/privileges`;
    await expectApiError(await callAs(member.token, "PUT", privileges, { privileges: ALL_SPACE_PRIVILEGES }), 403, "forbidden");
    await expectApiError(await callAs(member.token, "DELETE", `/spaces/${space.spaceId}/groups/${group.groupId}`), 403, "forbidden");
    for (const path of [`/spaces/${space.spaceId}/groups`, privileges, `/spaces/${space.spaceId}/effective_users`]) {
      await expectApiError(await callAs(member.token, "GET", path), 403, "forbidden");
      await expectApiError(await callAs(stranger, "GET", path), 404, "not_found");
      await expectApiError(await callAs(provider.token, "GET", path), 404, "not_found");
    }
    const unknown = "e".repeat(32);
    await expectApiError(await callAs(space.ownerToken, "GET", `/spaces/${space.spaceId}/groups/${unknown}`), 404, "not_found");
    await expectApiError(await callAs(space.ownerToken, "DELETE", `/spaces/${space.spaceId}/groups/${unknown}`), 404, "not_found");
    await expectApiError(await callAs(group.ownerToken, "GET", `/groups/${group.groupId}/spaces/${unknown}`), 404, "not_found");
  });

  it.each(BASES)("removes a group from either side, at %j", async (base) => {
    const space = await ownedSpace();
    const [first, second] = [await ownedGroup(), await ownedGroup()];
    await groupJoinsSpace(first!, space.spaceId, space.ownerToken);
    await groupJoinsSpace(second!, space.spaceId, space.ownerToken);
    expect((await callAs(space.ownerToken, "DELETE", `${base}/spaces/${space.spaceId}/groups/${first!.groupId}`)).status).toBe(204);
    expect((await callAs(second!.ownerToken, "DELETE", `${base}/groups/${second!.groupId}/spaces/${space.spaceId}`)).status).toBe(204);
    expect(await readJson(space.ownerToken, `/spaces/${space.spaceId}/groups`)).toEqual({ groups: [] });
    expect(await readJson(second!.ownerToken, `/groups/${second!.groupId}/spaces`)).toEqual({ spaces: [] });
    await expectApiError(await callAs(second!.ownerToken, "DELETE", `${base}/groups/${second!.groupId}/spaces/${space.spaceId}`), 404, "not_found");
  });

  it("a group member without group_leave_space cannot make the group leave (403)", async () => {
    const space = await ownedSpace();
    const group = await ownedGroup();
    await groupJoinsSpace(group, space.spaceId, space.ownerToken);
    const member = await joinedGroupUser(group);
    await expectApiError(await callAs(member.token, "DELETE", `/groups/${group.groupId}/spaces/${space.spaceId}`), 403, "forbidden");
  });
});

describe("effective users and privileges in a space", () => {
  it.each(BASES)("lists users reached through a 3-level chain and answers their effective privileges, at %j", async (base) => {
    const space = await ownedSpace();
    const [bottom, , top] = await groupChain(3);
    const user = await joinedGroupUser(bottom!);
    await groupJoinsSpace(top!, space.spaceId, space.ownerToken, ["space_view_data", "space_invite_user"]);
    const { users } = await readJson<{ users: string[] }>(space.ownerToken, `${base}/spaces/${space.spaceId}/effective_users`);
    expect(users).toEqual(expect.arrayContaining([space.owner, user.user, top!.owner]));
    expect(users).toHaveLength(3);
    expect((await readJson<{ users: string[] }>(space.ownerToken, `/spaces/${space.spaceId}/users`)).users).toEqual([space.owner]);
    expect(await readJson(space.ownerToken, `${base}/spaces/${space.spaceId}/effective_users/${user.user}/privileges`)).toEqual({
      privileges: ["space_invite_user", "space_view_data"],
    });
    expect(await readJson(space.ownerToken, `${base}/spaces/${space.spaceId}/effective_users/${space.owner}/privileges`)).toEqual({ privileges: ALL_SPACE_PRIVILEGES });
    await expectApiError(await callAs(space.ownerToken, "GET", `${base}/spaces/${space.spaceId}/effective_users/nobody/privileges`), 404, "not_found");
    expect(await readJson(user.token, "/user/effective_spaces")).toEqual({ spaces: [space.spaceId] });
    expect(await readJson(user.token, "/user/spaces")).toEqual({ spaces: [] });
  });
});
