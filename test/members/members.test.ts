import { describe, expect, it } from "vitest";
import { callAs, uniqueUser } from "../support/api";
import { userToken } from "../support/tokens";
import { ALL_SPACE_PRIVILEGES } from "../support/expectedPrivileges";
import { expectApiError } from "../support/expectApiError";
import { createProviderSpace, registerProvider } from "../support/providers";
import { joinedMember, ownedSpace, privilegesOf } from "../support/spaces";

const BASES = ["", "/api/v3/onezone"];

describe("GET /spaces/{id}/users", () => {
  it.each(BASES)("lists the members oldest first for a member holding space_view_data, at %j", async (base) => {
    const space = await ownedSpace();
    const first = await joinedMember(space);
    const second = await joinedMember(space);
    const response = await callAs(first.token, "GET", `${base}/spaces/${space.spaceId}/users`);
    expect({ status: response.status, body: await response.json() }).toEqual({
      status: 200,
      body: { users: [space.owner, first.user, second.user] },
    });
  });

  it("refuses a member without space_view_data with 403, a stranger and a provider with 404", async () => {
    const space = await ownedSpace();
    const blind = await joinedMember(space, []);
    await expectApiError(await callAs(blind.token, "GET", `/spaces/${space.spaceId}/users`), 403, "forbidden");
    await expectApiError(await callAs(await userToken(uniqueUser()), "GET", `/spaces/${space.spaceId}/users`), 404, "not_found");
    const provider = await registerProvider();
    await expectApiError(await callAs(provider.token, "GET", `/spaces/${space.spaceId}/users`), 404, "not_found");
  });

  it("refuses a supporting provider, which is no member, with 403", async () => {
    const provider = await registerProvider();
    const ownerToken = await userToken(uniqueUser());
    const spaceId = await createProviderSpace(provider, ownerToken);
    await expectApiError(await callAs(provider.token, "GET", `/spaces/${spaceId}/users`), 403, "forbidden");
  });
});

describe("GET /spaces/{id}/users/{uid}", () => {
  it("answers the name claim last seen on the member's token, else the id", async () => {
    const space = await ownedSpace();
    const named = uniqueUser("named");
    const namedToken = await userToken(named, { claims: { name: "Ada Lovelace" } });
    const invite = (await (await callAs(space.ownerToken, "GET", `/spaces/${space.spaceId}/users/token`)).json()) as { token: string };
    expect((await callAs(namedToken, "POST", "/user/spaces/join", { token: invite.token })).status).toBe(201);
    const plain = await joinedMember(space);
    const read = async (user: string) => (await callAs(space.ownerToken, "GET", `/spaces/${space.spaceId}/users/${user}`)).json();
    expect(await read(named)).toEqual({ userId: named, name: "Ada Lovelace" });
    expect(await read(plain.user)).toEqual({ userId: plain.user, name: plain.user });
    // A later write with another name claim updates it.
    const renamedToken = await userToken(named, { claims: { name: "Ada King" } });
    await callAs(space.ownerToken, "PUT", `/spaces/${space.spaceId}/users/${named}/privileges`, { privileges: ["space_view_data", "space_change_data"] });
    expect((await callAs(renamedToken, "PATCH", `/spaces/${space.spaceId}`, { name: "Renamed by Ada" })).status).toBe(204);
    expect(await read(named)).toEqual({ userId: named, name: "Ada King" });
  });

  it("finds a user id with characters that need escaping in a path", async () => {
    const space = await ownedSpace();
    const user = `mail:${uniqueUser()}@example.org`;
    const invite = (await (await callAs(space.ownerToken, "GET", `/spaces/${space.spaceId}/users/token`)).json()) as { token: string };
    expect((await callAs(await userToken(user), "POST", "/user/spaces/join", { token: invite.token })).status).toBe(201);
    const response = await callAs(space.ownerToken, "GET", `/spaces/${space.spaceId}/users/${encodeURIComponent(user)}`);
    expect(await response.json()).toEqual({ userId: user, name: user });
  });

  it("answers 404 for a user who is not a member, and 404 to a stranger", async () => {
    const space = await ownedSpace();
    await expectApiError(await callAs(space.ownerToken, "GET", `/spaces/${space.spaceId}/users/nobody`), 404, "not_found");
    await expectApiError(await callAs(await userToken(uniqueUser()), "GET", `/spaces/${space.spaceId}/users/${space.owner}`), 404, "not_found");
  });
});

describe("GET and PUT /spaces/{id}/users/{uid}/privileges", () => {
  it.each(BASES)("replaces a member's privileges, stored in canonical order without repeats, at %j", async (base) => {
    const space = await ownedSpace();
    const member = await joinedMember(space);
    const response = await callAs(space.ownerToken, "PUT", `${base}/spaces/${space.spaceId}/users/${member.user}/privileges`, {
      privileges: ["space_view_data", "space_invite_user", "space_view_data", "space_change_data"],
    });
    expect(response.status).toBe(204);
    const read = await callAs(member.token, "GET", `${base}/spaces/${space.spaceId}/users/${member.user}/privileges`);
    expect(await read.json()).toEqual({ privileges: ["space_invite_user", "space_change_data", "space_view_data"] });
  });

  it("gives the creator all ten privileges", async () => {
    const space = await ownedSpace();
    expect(await privilegesOf(space.ownerToken, space.spaceId, space.owner)).toEqual(ALL_SPACE_PRIVILEGES);
  });

  it.each([
    ["an unknown privilege", { privileges: ["space_view_data", "space_fly"] }],
    ["a group-level privilege of another kind", { privileges: ["group_view"] }],
    ["a string instead of a list", { privileges: "space_view_data" }],
    ["no list", {}],
  ])("refuses %s with 400 invalid_request and changes nothing", async (_label, body) => {
    const space = await ownedSpace();
    const member = await joinedMember(space);
    await expectApiError(await callAs(space.ownerToken, "PUT", `/spaces/${space.spaceId}/users/${member.user}/privileges`, body), 400, "invalid_request");
    expect(await privilegesOf(space.ownerToken, space.spaceId, member.user)).toEqual(["space_view_data"]);
  });

  it("refuses a member without space_set_privileges with 403, a stranger with 404, a non-member target with 404", async () => {
    const space = await ownedSpace();
    const member = await joinedMember(space);
    const body = { privileges: ALL_SPACE_PRIVILEGES };
    await expectApiError(await callAs(member.token, "PUT", `/spaces/${space.spaceId}/users/${member.user}/privileges`, body), 403, "forbidden");
    await expectApiError(await callAs(await userToken(uniqueUser()), "PUT", `/spaces/${space.spaceId}/users/${member.user}/privileges`, body), 404, "not_found");
    await expectApiError(await callAs(space.ownerToken, "PUT", `/spaces/${space.spaceId}/users/nobody/privileges`, body), 404, "not_found");
    expect(await privilegesOf(space.ownerToken, space.spaceId, member.user)).toEqual(["space_view_data"]);
  });

  it("answers 409 conflict when the last administrator would lose space_set_privileges, and allows it once another holds it", async () => {
    const space = await ownedSpace();
    const demote = { privileges: ["space_view_data"] };
    await expectApiError(await callAs(space.ownerToken, "PUT", `/spaces/${space.spaceId}/users/${space.owner}/privileges`, demote), 409, "conflict");
    expect(await privilegesOf(space.ownerToken, space.spaceId, space.owner)).toEqual(ALL_SPACE_PRIVILEGES);
    await joinedMember(space, ["space_set_privileges", "space_view_data"]);
    expect((await callAs(space.ownerToken, "PUT", `/spaces/${space.spaceId}/users/${space.owner}/privileges`, demote)).status).toBe(204);
  });

  it("never leaves zero administrators when two demote each other at the same time, again and again", async () => {
    const space = await ownedSpace();
    const other = await joinedMember(space, ["space_set_privileges", "space_view_data"]);
    const admins = [{ user: space.owner, token: space.ownerToken }, other];
    for (let round = 0; round < 10; round++) {
      const [a, b] = admins;
      const responses = await Promise.all([
        callAs(a!.token, "PUT", `/spaces/${space.spaceId}/users/${b!.user}/privileges`, { privileges: ["space_view_data"] }),
        callAs(b!.token, "PUT", `/spaces/${space.spaceId}/users/${a!.user}/privileges`, { privileges: ["space_view_data"] }),
      ]);
      // The first demotion wins; the loser no longer holds space_set_privileges (403).
      expect(responses.map((response) => response.status).sort()).toEqual([204, 403]);
      const holding: typeof admins = [];
      for (const admin of admins) {
        if ((await privilegesOf(space.ownerToken, space.spaceId, admin.user)).includes("space_set_privileges")) holding.push(admin);
      }
      expect(holding).toHaveLength(1);
      const loser = admins.find((admin) => admin !== holding[0])!;
      const restored = await callAs(holding[0]!.token, "PUT", `/spaces/${space.spaceId}/users/${loser.user}/privileges`, {
        privileges: ["space_set_privileges", "space_view_data"],
      });
      expect(restored.status).toBe(204);
    }
  });

  it("answers 409 to the last two administrators demoting themselves at the same time: one succeeds, one is refused", async () => {
    const space = await ownedSpace();
    const other = await joinedMember(space, ["space_set_privileges", "space_view_data"]);
    const responses = await Promise.all([
      callAs(space.ownerToken, "PUT", `/spaces/${space.spaceId}/users/${space.owner}/privileges`, { privileges: ["space_view_data"] }),
      callAs(other.token, "PUT", `/spaces/${space.spaceId}/users/${other.user}/privileges`, { privileges: ["space_view_data"] }),
    ]);
    expect(responses.map((response) => response.status).sort()).toEqual([204, 409]);
  });
});

describe("DELETE /spaces/{id}/users/{uid}", () => {
  it.each(BASES)("lets a member holding space_remove_user remove a member, at %j", async (base) => {
    const space = await ownedSpace();
    const member = await joinedMember(space);
    expect((await callAs(space.ownerToken, "DELETE", `${base}/spaces/${space.spaceId}/users/${member.user}`)).status).toBe(204);
    await expectApiError(await callAs(member.token, "GET", `/spaces/${space.spaceId}`), 404, "not_found");
    expect(((await (await callAs(member.token, "GET", "/user/spaces")).json()) as { spaces: string[] }).spaces).toEqual([]);
  });

  it("refuses a member without space_remove_user with 403, and 404 for a non-member target", async () => {
    const space = await ownedSpace();
    const member = await joinedMember(space);
    await expectApiError(await callAs(member.token, "DELETE", `/spaces/${space.spaceId}/users/${space.owner}`), 403, "forbidden");
    await expectApiError(await callAs(space.ownerToken, "DELETE", `/spaces/${space.spaceId}/users/nobody`), 404, "not_found");
  });

  it("answers 409 when removing the last administrator, also oneself", async () => {
    const space = await ownedSpace();
    await joinedMember(space);
    await expectApiError(await callAs(space.ownerToken, "DELETE", `/spaces/${space.spaceId}/users/${space.owner}`), 409, "conflict");
    const admin = await joinedMember(space, ["space_set_privileges", "space_remove_user", "space_view_data"]);
    expect((await callAs(admin.token, "DELETE", `/spaces/${space.spaceId}/users/${space.owner}`)).status).toBe(204);
    await expectApiError(await callAs(admin.token, "DELETE", `/spaces/${space.spaceId}/users/${admin.user}`), 409, "conflict");
  });
});

describe("DELETE /user/spaces/{id}: leaving", () => {
  it.each(BASES)("lets a member leave, at %j", async (base) => {
    const space = await ownedSpace();
    const member = await joinedMember(space);
    expect((await callAs(member.token, "DELETE", `${base}/user/spaces/${space.spaceId}`)).status).toBe(204);
    const members = (await (await callAs(space.ownerToken, "GET", `/spaces/${space.spaceId}/users`)).json()) as { users: string[] };
    expect(members.users).toEqual([space.owner]);
  });

  it("answers 409 to the last administrator, with a description that says what to do, and 404 to a stranger", async () => {
    const space = await ownedSpace();
    const response = await callAs(space.ownerToken, "DELETE", `/user/spaces/${space.spaceId}`);
    const body = (await response.clone().json()) as { error_description: string };
    await expectApiError(response, 409, "conflict");
    expect(body.error_description).toContain("space_set_privileges");
    await expectApiError(await callAs(await userToken(uniqueUser()), "DELETE", `/user/spaces/${space.spaceId}`), 404, "not_found");
  });

  it("refuses a provider with 403 forbidden", async () => {
    const provider = await registerProvider();
    const spaceId = await createProviderSpace(provider, await userToken(uniqueUser()));
    await expectApiError(await callAs(provider.token, "DELETE", `/user/spaces/${spaceId}`), 403, "forbidden");
  });
});

describe("GET /user/spaces/{id}", () => {
  it.each(BASES)("shows any member the space, whatever their privileges, at %j", async (base) => {
    const space = await ownedSpace("Members only");
    const blind = await joinedMember(space, []);
    const response = await callAs(blind.token, "GET", `${base}/user/spaces/${space.spaceId}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ spaceId: space.spaceId, name: "Members only", canonicalName: "Members only" });
    await expectApiError(await callAs(blind.token, "GET", `${base}/spaces/${space.spaceId}`), 403, "forbidden");
  });

  it("answers 404 to a stranger and 403 to a provider", async () => {
    const space = await ownedSpace();
    await expectApiError(await callAs(await userToken(uniqueUser()), "GET", `/user/spaces/${space.spaceId}`), 404, "not_found");
    const provider = await registerProvider();
    await expectApiError(await callAs(provider.token, "GET", `/user/spaces/${space.spaceId}`), 403, "forbidden");
  });
});
