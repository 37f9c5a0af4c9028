import { describe, expect, it } from "vitest";
import { call, callAs, uniqueUser } from "../support/api";
import { expectApiError } from "../support/expectApiError";
import { ALL_GROUP_PRIVILEGES, groupIdFrom, groupInviteToken, joinedGroupUser, ownedGroup, readJson } from "../support/groups";
import { adminToken, registerProvider } from "../support/providers";
import { userToken } from "../support/tokens";

const BASES = ["", "/api/v3/onezone"];

describe("POST /groups and POST /user/groups", () => {
  it.each(BASES.flatMap((base) => ["/groups", "/user/groups"].map((path) => [base, path])))(
    "creates a group whose creator holds all 13 privileges, at %j%s",
    async (base, path) => {
      const owner = uniqueUser();
      const token = await userToken(owner);
      const response = await callAs(token, "POST", `${base}${path}`, { name: "Data team", type: "team" });
      expect({ status: response.status, body: await response.text() }).toEqual({ status: 201, body: "" });
      expect(response.headers.get("Location")).toMatch(/^\/groups\/[0-9a-f]{32}$/);
      const groupId = groupIdFrom(response);
      expect(await readJson(token, `${base}/groups/${groupId}`)).toEqual({ groupId, name: "Data team", type: "team" });
      expect(await readJson(token, `${base}/groups/${groupId}/users/${owner}/privileges`)).toEqual({ privileges: ALL_GROUP_PRIVILEGES });
      expect(await readJson(token, `${base}/user/groups`)).toEqual({ groups: [groupId] });
    },
  );

  it("defaults the type to role and stores the name in NFC", async () => {
    const token = await userToken(uniqueUser());
    const groupId = groupIdFrom(await callAs(token, "POST", "/groups", { name: "Cafe\u0301 crew" }));
    expect(await readJson(token, `/groups/${groupId}`)).toEqual({ groupId, name: "Caf\u00e9 crew", type: "role" });
  });

  it.each([
    ["no name", {}],
    ["a name breaking the rule", { name: "-edge" }],
    ["an unknown type", { name: "Fine name", type: "tribe" }],
    ["a body that is no object", [1]],
  ])("refuses %s with 400 invalid_request", async (_label, body) => {
    await expectApiError(await callAs(await userToken(uniqueUser()), "POST", "/groups", body), 400, "invalid_request");
  });

  it("refuses a provider (wrong kind of caller) with 403, and no token with 401", async () => {
    const provider = await registerProvider();
    await expectApiError(await callAs(provider.token, "POST", "/groups", { name: "Providers" }), 403, "forbidden");
    await expectApiError(await callAs(provider.token, "GET", "/user/groups"), 403, "forbidden");
    await expectApiError(await call("/groups", { method: "POST" }), 401, "unauthorized");
  });
});

describe("GET /groups/{id} and GET /user/groups/{id}", () => {
  it.each(BASES)("answers a member holding group_view_data, 403 without it, 404 to strangers and for unknown ids, at %j", async (base) => {
    const group = await ownedGroup("Readers");
    const reader = await joinedGroupUser(group);
    const blind = await joinedGroupUser(group, []);
    for (const path of [`${base}/groups/${group.groupId}`, `${base}/user/groups/${group.groupId}`]) {
      expect(await readJson(reader.token, path)).toEqual({ groupId: group.groupId, name: "Readers", type: "team" });
      await expectApiError(await callAs(blind.token, "GET", path), 403, "forbidden");
      await expectApiError(await callAs(await userToken(uniqueUser()), "GET", path), 404, "not_found");
    }
    await expectApiError(await callAs(group.ownerToken, "GET", `${base}/groups/${"0".repeat(32)}`), 404, "not_found");
    await expectApiError(await callAs(group.ownerToken, "GET", `${base}/groups/not-an-id`), 404, "not_found");
    const provider = await registerProvider();
    await expectApiError(await callAs(provider.token, "GET", `${base}/groups/${group.groupId}`), 403, "forbidden");
  });
});

describe("PATCH /groups/{id}", () => {
  it.each(BASES)("renames and retypes for group_change_data, at %j", async (base) => {
    const group = await ownedGroup();
    expect((await callAs(group.ownerToken, "PATCH", `${base}/groups/${group.groupId}`, { name: "Renamed" })).status).toBe(204);
    expect((await callAs(group.ownerToken, "PATCH", `${base}/groups/${group.groupId}`, { type: "unit" })).status).toBe(204);
    expect(await readJson(group.ownerToken, `/groups/${group.groupId}`)).toEqual({ groupId: group.groupId, name: "Renamed", type: "unit" });
  });

  it("refuses a member lacking group_change_data with 403, a stranger with 404, an empty change with 400", async () => {
    const group = await ownedGroup("Stays");
    const member = await joinedGroupUser(group);
    await expectApiError(await callAs(member.token, "PATCH", `/groups/${group.groupId}`, { name: "Taken" }), 403, "forbidden");
    await expectApiError(await callAs(await userToken(uniqueUser()), "PATCH", `/groups/${group.groupId}`, { name: "Taken" }), 404, "not_found");
    await expectApiError(await callAs(group.ownerToken, "PATCH", `/groups/${group.groupId}`, {}), 400, "invalid_request");
    expect(await readJson(group.ownerToken, `/groups/${group.groupId}`)).toEqual({ groupId: group.groupId, name: "Stays", type: "team" });
  });
});

describe("refusals say what is missing", () => {
  it("a group's 403 names a group privilege, its 404 a group", async () => {
    const group = await ownedGroup();
    const member = await joinedGroupUser(group);
    const forbidden = await callAs(member.token, "PATCH", `/groups/${group.groupId}`, { name: "Taken" });
    expect(await forbidden.json()).toEqual({ error: "forbidden", error_description: "You lack the group privilege this operation needs." });
    const missing = await callAs(await userToken(uniqueUser()), "GET", `/groups/${group.groupId}`);
    expect(await missing.json()).toEqual({ error: "not_found", error_description: "No such group." });
  });
});

describe("DELETE /groups/{id}", () => {
  it.each(BASES)("deletes for group_remove, with its memberships, at %j", async (base) => {
    const group = await ownedGroup();
    const member = await joinedGroupUser(group);
    expect((await callAs(group.ownerToken, "DELETE", `${base}/groups/${group.groupId}`)).status).toBe(204);
    await expectApiError(await callAs(group.ownerToken, "GET", `/groups/${group.groupId}`), 404, "not_found");
    expect(await readJson(member.token, "/user/groups")).toEqual({ groups: [] });
  });

  it("refuses a member lacking group_remove with 403 and a stranger with 404", async () => {
    const group = await ownedGroup();
    const member = await joinedGroupUser(group);
    await expectApiError(await callAs(member.token, "DELETE", `/groups/${group.groupId}`), 403, "forbidden");
    await expectApiError(await callAs(await userToken(uniqueUser()), "DELETE", `/groups/${group.groupId}`), 404, "not_found");
    expect(await readJson(group.ownerToken, `/groups/${group.groupId}`)).toMatchObject({ groupId: group.groupId });
  });
});

describe("GET /user/groups and DELETE /user/groups/{id}", () => {
  it.each(BASES)("lists direct groups oldest first, and leaves, at %j", async (base) => {
    const first = await ownedGroup("First");
    const second = await ownedGroup("Second");
    const member = await joinedGroupUser(first);
    const joined = await callAs(member.token, "POST", `${base}/user/groups/join`, { token: await groupInviteToken(second.ownerToken, second.groupId) });
    expect(joined.status).toBe(201);
    const listed = await readJson<{ groups: string[] }>(member.token, `${base}/user/groups`);
    expect([...listed.groups].sort()).toEqual([first.groupId, second.groupId].sort());
    expect((await callAs(member.token, "DELETE", `${base}/user/groups/${first.groupId}`)).status).toBe(204);
    expect(await readJson(member.token, `${base}/user/groups`)).toEqual({ groups: [second.groupId] });
    await expectApiError(await callAs(member.token, "DELETE", `${base}/user/groups/${first.groupId}`), 404, "not_found");
  });

  it("answers 409 when the last administrator would leave, and lets them once another holds group_set_privileges", async () => {
    const group = await ownedGroup();
    await expectApiError(await callAs(group.ownerToken, "DELETE", `/user/groups/${group.groupId}`), 409, "conflict");
    await joinedGroupUser(group, ["group_set_privileges", "group_view_data"]);
    expect((await callAs(group.ownerToken, "DELETE", `/user/groups/${group.groupId}`)).status).toBe(204);
  });
});

describe("GET /groups (administrators)", () => {
  it.each(BASES)("pages through every group in id order, at %j", async (base) => {
    const made = [await ownedGroup(), await ownedGroup(), await ownedGroup()].map((group) => group.groupId);
    const admin = await adminToken();
    const seen: string[] = [];
    let pageToken: string | null = null;
    do {
      const query: string = pageToken === null ? "?limit=2" : `?limit=2&page_token=${pageToken}`;
      const page: { groups: string[]; nextPageToken: string | null } = await readJson(admin, `${base}/groups${query}`);
      expect(page.groups.length).toBeLessThanOrEqual(2);
      seen.push(...page.groups);
      pageToken = page.nextPageToken;
    } while (pageToken !== null);
    expect(seen).toEqual([...seen].sort());
    expect(seen).toEqual(expect.arrayContaining(made));
  });

  it("refuses a user who is no administrator with 403", async () => {
    await expectApiError(await callAs(await userToken(uniqueUser()), "GET", "/groups"), 403, "forbidden");
  });
});
