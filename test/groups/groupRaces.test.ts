import { describe, expect, it } from "vitest";
import { callAs, uniqueUser } from "../support/api";
import { groupInviteToken, groupNestToken, joinedGroupUser, ownedGroup, readJson } from "../support/groups";
import { userToken } from "../support/tokens";

// Concurrent requests against one group: each write is one batch (one
// transaction) with its checks inside, so the rules hold whatever the order.

describe("group races", () => {
  it("20 users on one group invite token give exactly 1 new member", async () => {
    const group = await ownedGroup();
    const invite = await groupInviteToken(group.ownerToken, group.groupId);
    const users = Array.from({ length: 20 }, () => uniqueUser("racer"));
    const tokens = await Promise.all(users.map((user) => userToken(user)));
    const responses = await Promise.all(tokens.map((token) => callAs(token, "POST", "/user/groups/join", { token: invite })));
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([201, ...Array<number>(19).fill(400)]);
    const { users: members } = await readJson<{ users: string[] }>(group.ownerToken, `/groups/${group.groupId}/users`);
    expect(members).toHaveLength(2);
  });

  it("two administrators demoting each other concurrently never leave the group without one", async () => {
    for (let round = 0; round < 5; round += 1) {
      const group = await ownedGroup();
      const other = await joinedGroupUser(group, ["group_set_privileges", "group_view_data"]);
      const demote = { privileges: ["group_view_data"] };
      const responses = await Promise.all([
        callAs(group.ownerToken, "PUT", `/groups/${group.groupId}/users/${other.user}/privileges`, demote),
        callAs(other.token, "PUT", `/groups/${group.groupId}/users/${group.owner}/privileges`, demote),
      ]);
      const statuses = responses.map((response) => response.status).sort();
      // Whichever runs second either lost the privilege to act (403) or would remove the last administrator (409).
      expect(statuses[0]).toBe(204);
      expect([403, 409]).toContain(statuses[1]);
      const holders = await Promise.all([group.owner, other.user].map(async (user) => {
        const { privileges } = await readJson<{ privileges: string[] }>(group.ownerToken, `/groups/${group.groupId}/users/${user}/privileges`);
        return privileges.includes("group_set_privileges");
      }));
      expect(holders.filter(Boolean)).toHaveLength(1);
    }
  });

  it("two groups nesting into each other concurrently: one nests, the other is refused as a cycle", async () => {
    for (let round = 0; round < 5; round += 1) {
      const owner = uniqueUser("cycle");
      const ownerToken = await userToken(owner);
      const a = await ownedGroup("Group A", { user: owner, token: ownerToken });
      const b = await ownedGroup("Group B", { user: owner, token: ownerToken });
      const [intoA, intoB] = await Promise.all([groupNestToken(ownerToken, a.groupId), groupNestToken(ownerToken, b.groupId)]);
      const responses = await Promise.all([
        callAs(ownerToken, "POST", `/groups/${b.groupId}/nested/join`, { token: intoA }),
        callAs(ownerToken, "POST", `/groups/${a.groupId}/nested/join`, { token: intoB }),
      ]);
      expect(responses.map((response) => response.status).sort()).toEqual([201, 409]);
    }
  });
});
