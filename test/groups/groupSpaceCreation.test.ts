import { describe, expect, it } from "vitest";
import { callAs, uniqueUser } from "../support/api";
import { callWithEnv, requestAs } from "../support/callWithEnv";
import { expectApiError } from "../support/expectApiError";
import { ALL_SPACE_PRIVILEGES } from "../support/expectedPrivileges";
import { joinedGroupUser, ownedGroup, readJson } from "../support/groups";
import { registerProvider } from "../support/providers";
import { userToken } from "../support/tokens";

const BASES = ["", "/api/v3/onezone"];

/** The space id from a 201's `Location: /groups/{gid}/spaces/{sid}`. */
function groupSpaceIdFrom(response: Response, groupId: string): string {
  const match = new RegExp(`^/groups/${groupId}/spaces/([0-9a-f]{32})$`).exec(response.headers.get("Location") ?? "");
  if (!match) throw new Error(`no group space Location in ${response.status} response`);
  return match[1]!;
}

describe("POST /groups/{id}/spaces", () => {
  it.each(BASES)("makes a space whose one member is the group, with all ten privileges; its users get in, at %j", async (base) => {
    const group = await ownedGroup();
    const user = await joinedGroupUser(group);
    const response = await callAs(group.ownerToken, "POST", `${base}/groups/${group.groupId}/spaces`, { name: "Team space" });
    expect({ status: response.status, body: await response.text() }).toEqual({ status: 201, body: "" });
    const spaceId = groupSpaceIdFrom(response, group.groupId);
    expect(await readJson(group.ownerToken, `/spaces/${spaceId}`)).toMatchObject({ spaceId, name: "Team space", creator: { type: "user", id: group.owner } });
    expect(await readJson(group.ownerToken, `/spaces/${spaceId}/users`)).toEqual({ users: [] });
    expect(await readJson(group.ownerToken, `/spaces/${spaceId}/groups`)).toEqual({ groups: [group.groupId] });
    expect(await readJson(group.ownerToken, `/spaces/${spaceId}/groups/${group.groupId}/privileges`)).toEqual({ privileges: ALL_SPACE_PRIVILEGES });
    expect(await readJson(user.token, `/spaces/${spaceId}`)).toMatchObject({ spaceId });
    expect(await readJson(group.ownerToken, `/groups/${group.groupId}/spaces`)).toEqual({ spaces: [spaceId] });
  });

  it("refuses a member lacking group_create_space with 403, a stranger with 404, and writes nothing", async () => {
    const group = await ownedGroup();
    const member = await joinedGroupUser(group);
    await expectApiError(await callAs(member.token, "POST", `/groups/${group.groupId}/spaces`, { name: "Nope" }), 403, "forbidden");
    await expectApiError(await callAs(await userToken(uniqueUser()), "POST", `/groups/${group.groupId}/spaces`, { name: "Nope" }), 404, "not_found");
    expect(await readJson(group.ownerToken, `/groups/${group.groupId}/spaces`)).toEqual({ spaces: [] });
  });

  it("counts against the creating user's MAX_SPACES_PER_USER", async () => {
    const group = await ownedGroup();
    const create = () => callWithEnv(`/groups/${group.groupId}/spaces`, requestAs(group.ownerToken, "POST", { name: "Counted" }), { MAX_SPACES_PER_USER: "1" });
    expect((await create()).status).toBe(201);
    await expectApiError(await create(), 403, "quota_exceeded");
  });
});

describe("GET /groups/{id}/spaces/token, redeemed by a provider", () => {
  it.each(BASES)("a provider's POST /spaces with the group's token makes a space whose member is the group, at %j", async (base) => {
    const group = await ownedGroup();
    const user = await joinedGroupUser(group);
    const provider = await registerProvider();
    const issued = await callAs(group.ownerToken, "GET", `${base}/groups/${group.groupId}/spaces/token`);
    expect({ status: issued.status, cache: issued.headers.get("Cache-Control") }).toEqual({ status: 200, cache: "no-store" });
    const { token } = (await issued.json()) as { token: string };
    const created = await callAs(provider.token, "POST", `${base}/spaces`, { token, name: "Provided for a group", size: 1024 });
    expect(created.status).toBe(201);
    const spaceId = /([0-9a-f]{32})$/.exec(created.headers.get("Location")!)![1]!;
    expect(await readJson(user.token, `/spaces/${spaceId}`)).toMatchObject({
      spaceId,
      creator: { type: "provider", id: provider.providerId },
      providers: { [provider.providerId]: 1024 },
    });
    expect(await readJson(group.ownerToken, `/spaces/${spaceId}/users`)).toEqual({ users: [] });
    expect(await readJson(group.ownerToken, `/spaces/${spaceId}/groups/${group.groupId}/privileges`)).toEqual({ privileges: ALL_SPACE_PRIVILEGES });
    await expectApiError(await callAs(provider.token, "POST", "/spaces", { token }), 400, "invalid_token");
  });

  it("refuses the token to a member lacking group_create_space_token (403); a token of a group deleted since is 400 and stays unspent", async () => {
    const group = await ownedGroup();
    const member = await joinedGroupUser(group);
    await expectApiError(await callAs(member.token, "GET", `/groups/${group.groupId}/spaces/token`), 403, "forbidden");
    const { token } = await readJson<{ token: string }>(group.ownerToken, `/groups/${group.groupId}/spaces/token`);
    expect((await callAs(group.ownerToken, "DELETE", `/groups/${group.groupId}`)).status).toBe(204);
    const provider = await registerProvider();
    await expectApiError(await callAs(provider.token, "POST", "/provider/spaces", { token }), 400, "invalid_token");
    expect(await readJson(await userToken(group.owner), "/user/effective_spaces")).toEqual({ spaces: [] });
  });
});
