import { describe, expect, it } from "vitest";
import { callAs, uniqueUser } from "../support/api";
import { expectApiError } from "../support/expectApiError";
import { expectNothingWritten, rowCounts } from "../support/dbRows";
import { ALL_GROUP_PRIVILEGES, groupChain, groupNestToken, joinedGroupUser, nest, ownedGroup, readJson } from "../support/groups";
import { userToken } from "../support/tokens";

const BASES = ["", "/api/v3/onezone"];

describe("GET /groups/{id}/nested/token and POST /groups/{id}/nested/join", () => {
  it.each(BASES)("nests a group as a child with group_view_data; Location names the parent from the child, at %j", async (base) => {
    const parent = await ownedGroup("Parent");
    const child = await ownedGroup("Child");
    const token = await groupNestToken(parent.ownerToken, parent.groupId);
    const response = await callAs(child.ownerToken, "POST", `${base}/groups/${child.groupId}/nested/join`, { token });
    expect({ status: response.status, location: response.headers.get("Location") }).toEqual({
      status: 201,
      location: `/groups/${child.groupId}/parent/${parent.groupId}`,
    });
    expect(await readJson(parent.ownerToken, `${base}/groups/${parent.groupId}/nested`)).toEqual({ nested_groups: [child.groupId] });
    expect(await readJson(child.ownerToken, `${base}/groups/${child.groupId}/parent`)).toEqual({ parent_groups: [parent.groupId] });
    expect(await readJson(parent.ownerToken, `${base}/groups/${parent.groupId}/nested/${child.groupId}`)).toEqual({ groupId: child.groupId, name: "Child", type: "team" });
    expect(await readJson(child.ownerToken, `${base}/groups/${child.groupId}/parent/${parent.groupId}`)).toEqual({ groupId: parent.groupId, name: "Parent", type: "team" });
    expect(await readJson(parent.ownerToken, `${base}/groups/${parent.groupId}/nested/${child.groupId}/privileges`)).toEqual({ privileges: ["group_view_data"] });
    // Spent: a second use is refused.
    const other = await ownedGroup();
    await expectApiError(await callAs(other.ownerToken, "POST", `/groups/${other.groupId}/nested/join`, { token }), 400, "invalid_token");
  });

  it("refuses a caller lacking group_join_group in the child with 403 and a stranger to it with 404, leaving the token unspent", async () => {
    const parent = await ownedGroup();
    const child = await ownedGroup();
    const member = await joinedGroupUser(child);
    const token = await groupNestToken(parent.ownerToken, parent.groupId);
    await expectApiError(await callAs(member.token, "POST", `/groups/${child.groupId}/nested/join`, { token }), 403, "forbidden");
    await expectApiError(await callAs(await userToken(uniqueUser()), "POST", `/groups/${child.groupId}/nested/join`, { token }), 404, "not_found");
    expect((await callAs(child.ownerToken, "POST", `/groups/${child.groupId}/nested/join`, { token })).status).toBe(201);
  });

  it("refuses the nest token to a member lacking group_invite_group with 403", async () => {
    const parent = await ownedGroup();
    const member = await joinedGroupUser(parent);
    await expectApiError(await callAs(member.token, "GET", `/groups/${parent.groupId}/nested/token`), 403, "forbidden");
  });

  it("answers 201 and changes nothing when the group is already nested there", async () => {
    const parent = await ownedGroup();
    const child = await ownedGroup();
    await nest(child, parent);
    await callAs(parent.ownerToken, "PUT", `/groups/${parent.groupId}/nested/${child.groupId}/privileges`, { privileges: ["group_view_data", "group_invite_user"] });
    await nest(child, parent);
    expect(await readJson(parent.ownerToken, `/groups/${parent.groupId}/nested/${child.groupId}/privileges`)).toEqual({
      privileges: ["group_invite_user", "group_view_data"],
    });
  });
});

describe("cycles are refused with 409 conflict", () => {
  it("a group into itself", async () => {
    const group = await ownedGroup();
    const token = await groupNestToken(group.ownerToken, group.groupId);
    const before = await rowCounts();
    await expectApiError(await callAs(group.ownerToken, "POST", `/groups/${group.groupId}/nested/join`, { token }), 409, "conflict");
    await expectNothingWritten(before);
  });

  it("two groups: A into B when B is in A", async () => {
    const [a, b] = await groupChain(2);
    const token = await groupNestToken(a!.ownerToken, a!.groupId);
    await expectApiError(await callAs(b!.ownerToken, "POST", `/groups/${b!.groupId}/nested/join`, { token }), 409, "conflict");
  });

  it("three groups: the top into the bottom of a chain", async () => {
    const [bottom, , top] = await groupChain(3);
    const token = await groupNestToken(bottom!.ownerToken, bottom!.groupId);
    await expectApiError(await callAs(top!.ownerToken, "POST", `/groups/${top!.groupId}/nested/join`, { token }), 409, "conflict");
    // The refused token is still good for a nesting that closes no cycle.
    const other = await ownedGroup("Other", { user: top!.owner, token: top!.ownerToken });
    expect((await callAs(other.ownerToken, "POST", `/groups/${other.groupId}/nested/join`, { token })).status).toBe(201);
  });
});

describe("effective membership through nested groups", () => {
  it("through 3 levels: a user of the bottom group reads the top, holds what each link grants, and is listed", async () => {
    const [bottom, middle, top] = await groupChain(3);
    const user = await joinedGroupUser(bottom!);
    expect(await readJson(user.token, `/groups/${top!.groupId}`)).toMatchObject({ groupId: top!.groupId });
    expect((await readJson<{ users: string[] }>(top!.ownerToken, `/groups/${top!.groupId}/effective_users`)).users).toContain(user.user);
    expect((await readJson<{ users: string[] }>(top!.ownerToken, `/groups/${top!.groupId}/users`)).users).not.toContain(user.user);
    expect(await readJson(top!.ownerToken, `/groups/${top!.groupId}/effective_users/${user.user}`)).toEqual({ userId: user.user, name: user.user });
    await expectApiError(await callAs(top!.ownerToken, "GET", `/groups/${top!.groupId}/users/${user.user}`), 404, "not_found");
    // The middle group's privileges in the top are what the user holds there.
    await expectApiError(await callAs(user.token, "GET", `/groups/${top!.groupId}/users/token`), 403, "forbidden");
    const grant = await callAs(top!.ownerToken, "PUT", `/groups/${top!.groupId}/nested/${middle!.groupId}/privileges`, {
      privileges: ["group_view_data", "group_invite_user"],
    });
    expect(grant.status).toBe(204);
    expect((await callAs(user.token, "GET", `/groups/${top!.groupId}/users/token`)).status).toBe(200);
    expect(await readJson(top!.ownerToken, `/groups/${top!.groupId}/effective_users/${user.user}/privileges`)).toEqual({
      privileges: ["group_invite_user", "group_view_data"],
    });
    const effective = await readJson<{ groups: string[] }>(user.token, "/user/effective_groups");
    expect([...effective.groups].sort()).toEqual([bottom!.groupId, middle!.groupId, top!.groupId].sort());
    expect(await readJson(user.token, "/user/groups")).toEqual({ groups: [bottom!.groupId] });
  });

  it("the owner's effective privileges are their own 13", async () => {
    const group = await ownedGroup();
    expect(await readJson(group.ownerToken, `/groups/${group.groupId}/effective_users/${group.owner}/privileges`)).toEqual({ privileges: ALL_GROUP_PRIVILEGES });
    await expectApiError(await callAs(group.ownerToken, "GET", `/groups/${group.groupId}/effective_users/nobody/privileges`), 404, "not_found");
  });

  it("through a 50-level chain", { timeout: 120_000 }, async () => {
    const chain = await groupChain(50);
    const user = await joinedGroupUser(chain[0]!);
    const top = chain.at(-1)!;
    expect(await readJson(user.token, `/groups/${top.groupId}`)).toMatchObject({ groupId: top.groupId });
    expect((await readJson<{ groups: string[] }>(user.token, "/user/effective_groups")).groups).toHaveLength(50);
    expect((await readJson<{ users: string[] }>(top.ownerToken, `/groups/${top.groupId}/effective_users`)).users).toContain(user.user);
  });

  it("removal at any level takes access away at once", async () => {
    const [bottom, middle, top] = await groupChain(3);
    const user = await joinedGroupUser(bottom!);
    expect((await callAs(user.token, "GET", `/groups/${top!.groupId}`)).status).toBe(200);
    expect((await callAs(top!.ownerToken, "DELETE", `/groups/${top!.groupId}/nested/${middle!.groupId}`)).status).toBe(204);
    await expectApiError(await callAs(user.token, "GET", `/groups/${top!.groupId}`), 404, "not_found");
    expect((await callAs(user.token, "GET", `/groups/${middle!.groupId}`)).status).toBe(200);
    expect((await callAs(middle!.ownerToken, "DELETE", `/groups/${middle!.groupId}/nested/${bottom!.groupId}`)).status).toBe(204);
    await expectApiError(await callAs(user.token, "GET", `/groups/${middle!.groupId}`), 404, "not_found");
    expect((await callAs(bottom!.ownerToken, "DELETE", `/groups/${bottom!.groupId}/users/${user.user}`)).status).toBe(204);
    await expectApiError(await callAs(user.token, "GET", `/groups/${bottom!.groupId}`), 404, "not_found");
  });

  it("deleting a group in the middle of a chain cuts the chain", async () => {
    const [bottom, middle, top] = await groupChain(3);
    const user = await joinedGroupUser(bottom!);
    expect((await callAs(middle!.ownerToken, "DELETE", `/groups/${middle!.groupId}`)).status).toBe(204);
    await expectApiError(await callAs(user.token, "GET", `/groups/${top!.groupId}`), 404, "not_found");
    expect(await readJson(top!.ownerToken, `/groups/${top!.groupId}/nested`)).toEqual({ nested_groups: [] });
  });
});

describe("nested group privileges and removal", () => {
  it.each(BASES)("reads and replaces a child's privileges; unknown children are 404, at %j", async (base) => {
    const [child, parent] = await groupChain(2);
    const path = `${base}/groups/${parent!.groupId}/nested/${child!.groupId}/privileges`;
    expect((await callAs(parent!.ownerToken, "PUT", path, { privileges: ["group_view_data", "group_remove"] })).status).toBe(204);
    expect(await readJson(parent!.ownerToken, path)).toEqual({ privileges: ["group_remove", "group_view_data"] });
    const stranger = "f".repeat(32);
    await expectApiError(await callAs(parent!.ownerToken, "GET", `${base}/groups/${parent!.groupId}/nested/${stranger}/privileges`), 404, "not_found");
    await expectApiError(await callAs(parent!.ownerToken, "GET", `${base}/groups/${parent!.groupId}/nested/${stranger}`), 404, "not_found");
    await expectApiError(await callAs(parent!.ownerToken, "DELETE", `${base}/groups/${parent!.groupId}/nested/${stranger}`), 404, "not_found");
    await expectApiError(await callAs(child!.ownerToken, "GET", `${base}/groups/${child!.groupId}/parent/${stranger}`), 404, "not_found");
  });

  it("refuses members lacking the privilege with 403 and strangers with 404", async () => {
    const [child, parent] = await groupChain(2);
    const member = await joinedGroupUser(parent!);
    const body = { privileges: ALL_GROUP_PRIVILEGES };
    const privileges = `/groups/${parent!.groupId}/nested/${child!.groupId}/privileges`;
    await expectApiError(await callAs(member.token, "PUT", privileges, body), 403, "forbidden");
    await expectApiError(await callAs(member.token, "DELETE", `/groups/${parent!.groupId}/nested/${child!.groupId}`), 403, "forbidden");
    const stranger = await userToken(uniqueUser());
    for (const path of [privileges, `/groups/${parent!.groupId}/nested`, `/groups/${child!.groupId}/parent`]) {
      await expectApiError(await callAs(stranger, "GET", path), 404, "not_found");
    }
  });
});
