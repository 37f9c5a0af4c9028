import { describe, expect, it } from "vitest";
import { callAs, uniqueUser } from "../support/api";
import { expectApiError } from "../support/expectApiError";
import { ALL_SPACE_PRIVILEGES } from "../support/expectedPrivileges";
import { groupChain, groupJoinsSpace, joinedGroupUser, ownedGroup, readJson } from "../support/groups";
import { registerProvider } from "../support/providers";
import { ownedSpace } from "../support/spaces";
import { userToken } from "../support/tokens";

const BASES = ["", "/api/v3/onezone"];

describe("every space check uses effective privileges", () => {
  it.each(BASES)("a user of the bottom of a 3-level chain reads, renames, invites and deletes as the top group may, at %j", async (base) => {
    const space = await ownedSpace("Through groups");
    const [bottom, , top] = await groupChain(3);
    const user = await joinedGroupUser(bottom!);
    const path = `${base}/spaces/${space.spaceId}`;
    await expectApiError(await callAs(user.token, "GET", path), 404, "not_found");
    await groupJoinsSpace(top!, space.spaceId, space.ownerToken);
    expect(await readJson(user.token, path)).toMatchObject({ spaceId: space.spaceId, name: "Through groups" });
    expect(await readJson(user.token, `${base}/user/spaces/${space.spaceId}`)).toMatchObject({ spaceId: space.spaceId });
    expect(await readJson(user.token, `${base}/spaces/${space.spaceId}/users`)).toEqual({ users: [space.owner] });
    expect(await readJson(user.token, `${base}/spaces/${space.spaceId}/providers`)).toEqual({ providers: [] });
    await expectApiError(await callAs(user.token, "PATCH", path, { name: "Renamed" }), 403, "forbidden");
    await expectApiError(await callAs(user.token, "GET", `${path}/users/token`), 403, "forbidden");
    const grant = ["space_view_data", "space_change_data", "space_invite_user", "space_remove"];
    expect((await callAs(space.ownerToken, "PUT", `/spaces/${space.spaceId}/groups/${top!.groupId}/privileges`, { privileges: grant })).status).toBe(204);
    expect((await callAs(user.token, "PATCH", path, { name: "Renamed" })).status).toBe(204);
    expect((await callAs(user.token, "GET", `${path}/users/token`)).status).toBe(200);
    expect((await callAs(user.token, "DELETE", path)).status).toBe(204);
    await expectApiError(await callAs(space.ownerToken, "GET", path), 404, "not_found");
  });

  it("through a 50-level chain", { timeout: 120_000 }, async () => {
    const space = await ownedSpace();
    const chain = await groupChain(50);
    const user = await joinedGroupUser(chain[0]!);
    await groupJoinsSpace(chain.at(-1)!, space.spaceId, space.ownerToken);
    expect(await readJson(user.token, `/spaces/${space.spaceId}`)).toMatchObject({ spaceId: space.spaceId });
    expect(await readJson(user.token, "/user/effective_spaces")).toEqual({ spaces: [space.spaceId] });
  });

  it("removal at any level takes access away at once", async () => {
    const space = await ownedSpace();
    const [bottom, middle, top] = await groupChain(3);
    const user = await joinedGroupUser(bottom!);
    await groupJoinsSpace(top!, space.spaceId, space.ownerToken);
    const read = () => callAs(user.token, "GET", `/spaces/${space.spaceId}`);
    expect((await read()).status).toBe(200);
    // A link in the middle of the chain goes, and comes back.
    expect((await callAs(top!.ownerToken, "DELETE", `/groups/${top!.groupId}/nested/${middle!.groupId}`)).status).toBe(204);
    await expectApiError(await read(), 404, "not_found");
    // The user leaves the bottom group.
    await groupJoinsSpace(middle!, space.spaceId, space.ownerToken);
    expect((await read()).status).toBe(200);
    expect((await callAs(user.token, "DELETE", `/user/groups/${bottom!.groupId}`)).status).toBe(204);
    await expectApiError(await read(), 404, "not_found");
    // The group leaves the space.
    const direct = await joinedGroupUser(middle!);
    expect((await callAs(direct.token, "GET", `/spaces/${space.spaceId}`)).status).toBe(200);
    expect((await callAs(space.ownerToken, "DELETE", `/spaces/${space.spaceId}/groups/${middle!.groupId}`)).status).toBe(204);
    await expectApiError(await callAs(direct.token, "GET", `/spaces/${space.spaceId}`), 404, "not_found");
  });

  it("a stranger and a provider that supports nothing still get 404 from a space with groups", async () => {
    const space = await ownedSpace();
    const group = await ownedGroup();
    await groupJoinsSpace(group, space.spaceId, space.ownerToken);
    await expectApiError(await callAs(await userToken(uniqueUser()), "GET", `/spaces/${space.spaceId}`), 404, "not_found");
    await expectApiError(await callAs((await registerProvider()).token, "GET", `/spaces/${space.spaceId}`), 404, "not_found");
  });
});

describe("the space rule counts groups", () => {
  it("a group holding space_set_privileges lets the last user administrator go; then the group is the last, and 409 guards it", async () => {
    const space = await ownedSpace();
    const group = await ownedGroup();
    await groupJoinsSpace(group, space.spaceId, space.ownerToken, ALL_SPACE_PRIVILEGES);
    const demote = { privileges: ["space_view_data"] };
    expect((await callAs(space.ownerToken, "PUT", `/spaces/${space.spaceId}/users/${space.owner}/privileges`, demote)).status).toBe(204);
    await expectApiError(await callAs(group.ownerToken, "DELETE", `/groups/${group.groupId}/spaces/${space.spaceId}`), 409, "conflict");
    await expectApiError(await callAs(group.ownerToken, "PUT", `/spaces/${space.spaceId}/groups/${group.groupId}/privileges`, demote), 409, "conflict");
    await expectApiError(await callAs(group.ownerToken, "DELETE", `/spaces/${space.spaceId}/groups/${group.groupId}`), 409, "conflict");
    await expectApiError(await callAs(group.ownerToken, "DELETE", `/groups/${group.groupId}`), 409, "conflict");
    // The owner, no administrator any more, may leave: the group still is one.
    expect((await callAs(space.ownerToken, "DELETE", `/user/spaces/${space.spaceId}`)).status).toBe(204);
    expect(await readJson(group.ownerToken, `/spaces/${space.spaceId}/effective_users/${group.owner}/privileges`)).toEqual({ privileges: ALL_SPACE_PRIVILEGES });
  });

  it("a group and a user removing each other's last administrator privilege concurrently never leave zero", async () => {
    for (let round = 0; round < 5; round += 1) {
      const space = await ownedSpace();
      const group = await ownedGroup();
      await groupJoinsSpace(group, space.spaceId, space.ownerToken, ALL_SPACE_PRIVILEGES);
      const demote = { privileges: ["space_view_data"] };
      const responses = await Promise.all([
        callAs(space.ownerToken, "PUT", `/spaces/${space.spaceId}/groups/${group.groupId}/privileges`, demote),
        callAs(group.ownerToken, "PUT", `/spaces/${space.spaceId}/users/${space.owner}/privileges`, demote),
      ]);
      const statuses = responses.map((response) => response.status).sort();
      expect(statuses[0]).toBe(204);
      expect([403, 409]).toContain(statuses[1]);
      const [userPrivileges, groupPrivileges] = await Promise.all([
        readJson<{ privileges: string[] }>(space.ownerToken, `/spaces/${space.spaceId}/users/${space.owner}/privileges`),
        readJson<{ privileges: string[] }>(space.ownerToken, `/spaces/${space.spaceId}/groups/${group.groupId}/privileges`),
      ]);
      const administrators = [userPrivileges, groupPrivileges].filter(({ privileges }) => privileges.includes("space_set_privileges"));
      expect(administrators).toHaveLength(1);
    }
  });
});
