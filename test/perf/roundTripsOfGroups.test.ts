import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { uniqueUser } from "../support/api";
import { callWithEnv, requestAs } from "../support/callWithEnv";
import { countingDb } from "../support/countingDb";
import { groupChain, groupInviteToken, groupJoinsSpace, groupNestToken, joinedGroupUser, ownedGroup, spaceGroupInviteToken } from "../support/groups";
import { adminToken } from "../support/providers";
import { ownedSpace } from "../support/spaces";
import { userToken } from "../support/tokens";

/** The D1 round trips one request costs, through the worker's own fetch on a counting D1. */
async function roundTrips(path: string, init: RequestInit): Promise<{ status: number; trips: number }> {
  const counting = countingDb(env.DB);
  const response = await callWithEnv(path, init, { DB: counting.db });
  return { status: response.status, trips: counting.trips.length };
}

type Case = [token: string, method: string, path: string, body: unknown, status: number];

async function expectOneTripEach(cases: readonly Case[]): Promise<void> {
  for (const [token, method, path, body, status] of cases) {
    expect({ request: `${method} ${path}`, ...(await roundTrips(path, requestAs(token, method, body))) }).toEqual({
      request: `${method} ${path}`,
      status,
      trips: 1,
    });
  }
}

// Every group operation is one statement or one batch, the effective-privilege
// walk included: one round trip, whatever the answer and the nesting depth.
describe("D1 round trips of the group operations", () => {
  it("each group, group user and nesting operation costs exactly one round trip", async () => {
    const [child, parent] = await groupChain(2);
    const group = parent!;
    const member = await joinedGroupUser(group);
    const joiner = await userToken(uniqueUser());
    const owner = group.ownerToken;
    const id = group.groupId;
    const nestToken = await groupNestToken(owner, id);
    const fresh = await ownedGroup("Fresh", { user: group.owner, token: owner });
    await expectOneTripEach([
      [owner, "POST", "/groups", { name: "Counted" }, 201],
      [owner, "POST", "/user/groups", { name: "Counted" }, 201],
      [owner, "GET", `/groups/${id}`, undefined, 200],
      [owner, "GET", `/user/groups/${id}`, undefined, 200],
      [owner, "PATCH", `/groups/${id}`, { name: "Recounted" }, 204],
      [owner, "GET", "/user/groups", undefined, 200],
      [owner, "GET", "/user/effective_groups", undefined, 200],
      [owner, "GET", `/groups/${id}/users/token`, undefined, 200],
      [joiner, "POST", "/user/groups/join", { token: await groupInviteToken(owner, id) }, 201],
      [owner, "GET", `/groups/${id}/users`, undefined, 200],
      [owner, "GET", `/groups/${id}/effective_users`, undefined, 200],
      [owner, "GET", `/groups/${id}/users/${member.user}`, undefined, 200],
      [owner, "GET", `/groups/${id}/effective_users/${child!.owner}`, undefined, 200],
      [owner, "GET", `/groups/${id}/users/${member.user}/privileges`, undefined, 200],
      [owner, "PUT", `/groups/${id}/users/${member.user}/privileges`, { privileges: ["group_view_data", "group_invite_user"] }, 204],
      [owner, "GET", `/groups/${id}/effective_users/${member.user}/privileges`, undefined, 200],
      [owner, "PUT", `/groups/${id}/users/${group.owner}/privileges`, { privileges: ["group_view_data"] }, 409],
      [owner, "DELETE", `/groups/${id}/users/${member.user}`, undefined, 204],
      [owner, "GET", `/groups/${id}/nested/token`, undefined, 200],
      [owner, "POST", `/groups/${fresh.groupId}/nested/join`, { token: nestToken }, 201],
      [owner, "GET", `/groups/${id}/nested`, undefined, 200],
      [owner, "GET", `/groups/${child!.groupId}/parent`, undefined, 200],
      [owner, "GET", `/groups/${id}/nested/${child!.groupId}`, undefined, 200],
      [owner, "GET", `/groups/${child!.groupId}/parent/${id}`, undefined, 200],
      [owner, "GET", `/groups/${id}/nested/${child!.groupId}/privileges`, undefined, 200],
      [owner, "PUT", `/groups/${id}/nested/${child!.groupId}/privileges`, { privileges: ["group_view_data"] }, 204],
      [owner, "DELETE", `/groups/${id}/nested/${child!.groupId}`, undefined, 204],
      [joiner, "DELETE", `/user/groups/${id}`, undefined, 204],
      [owner, "DELETE", `/groups/${fresh.groupId}`, undefined, 204],
      [await adminToken(), "GET", "/groups?limit=5", undefined, 200],
    ]);
  });

  it("each operation on groups in spaces costs exactly one round trip", async () => {
    const space = await ownedSpace();
    const group = await ownedGroup();
    const other = await ownedGroup("Other", { user: group.owner, token: group.ownerToken });
    await groupJoinsSpace(other, space.spaceId, space.ownerToken);
    const id = space.spaceId;
    const gid = other.groupId;
    await expectOneTripEach([
      [space.ownerToken, "GET", `/spaces/${id}/groups/token`, undefined, 200],
      [group.ownerToken, "POST", `/groups/${group.groupId}/spaces/join`, { token: await spaceGroupInviteToken(space.ownerToken, id) }, 201],
      [space.ownerToken, "GET", `/spaces/${id}/groups`, undefined, 200],
      [space.ownerToken, "GET", `/spaces/${id}/groups/${gid}`, undefined, 200],
      [space.ownerToken, "GET", `/spaces/${id}/groups/${gid}/privileges`, undefined, 200],
      [space.ownerToken, "PUT", `/spaces/${id}/groups/${gid}/privileges`, { privileges: ["space_view_data"] }, 204],
      [space.ownerToken, "GET", `/spaces/${id}/effective_users`, undefined, 200],
      [space.ownerToken, "GET", `/spaces/${id}/effective_users/${other.owner}/privileges`, undefined, 200],
      [other.ownerToken, "GET", `/groups/${gid}/spaces`, undefined, 200],
      [other.ownerToken, "GET", `/groups/${gid}/spaces/${id}`, undefined, 200],
      [other.ownerToken, "GET", "/user/effective_spaces", undefined, 200],
      [other.ownerToken, "DELETE", `/groups/${gid}/spaces/${id}`, undefined, 204],
      [space.ownerToken, "DELETE", `/spaces/${id}/groups/${group.groupId}`, undefined, 204],
      [group.ownerToken, "POST", `/groups/${group.groupId}/spaces`, { name: "Group made" }, 201],
      [group.ownerToken, "GET", `/groups/${group.groupId}/spaces/token`, undefined, 200],
    ]);
  });

  it("a member through a 10-level group chain pays one round trip on the space routes too", async () => {
    const space = await ownedSpace();
    const chain = await groupChain(10);
    const user = await joinedGroupUser(chain[0]!);
    await groupJoinsSpace(chain.at(-1)!, space.spaceId, space.ownerToken, ["space_view_data", "space_change_data", "space_invite_user"]);
    const id = space.spaceId;
    await expectOneTripEach([
      [user.token, "GET", `/spaces/${id}`, undefined, 200],
      [user.token, "GET", `/user/spaces/${id}`, undefined, 200],
      [user.token, "PATCH", `/spaces/${id}`, { name: "Renamed through groups" }, 204],
      [user.token, "GET", `/spaces/${id}/users`, undefined, 200],
      [user.token, "GET", `/spaces/${id}/users/token`, undefined, 200],
      [user.token, "GET", `/spaces/${id}/providers/token`, undefined, 403],
      [user.token, "DELETE", `/spaces/${id}`, undefined, 403],
    ]);
  });
});
