import { decodeJwt, decodeProtectedHeader } from "jose";
import { describe, expect, it } from "vitest";
import { callAs, uniqueUser } from "../support/api";
import { userToken, signAsZone } from "../support/tokens";
import { expectApiError } from "../support/expectApiError";
import { countRows } from "../support/dbRows";
import { registerProvider } from "../support/providers";
import { inviteToken, joinedMember, ownedSpace, privilegesOf } from "../support/spaces";

const BASES = ["", "/api/v3/onezone"];

describe("GET /spaces/{id}/users/token", () => {
  it.each(BASES)("gives a member holding space_invite_user a single-use invite token, no-store, at %j", async (base) => {
    const { ownerToken, spaceId } = await ownedSpace();
    const response = await callAs(ownerToken, "GET", `${base}/spaces/${spaceId}/users/token`);
    expect({ status: response.status, cacheControl: response.headers.get("Cache-Control") }).toEqual({ status: 200, cacheControl: "no-store" });
    const { token } = (await response.json()) as { token: string };
    expect(decodeProtectedHeader(token).typ).toBe("space-invite+jwt");
    const claims = decodeJwt(token);
    expect(claims.sub).toBe(spaceId);
    expect(claims.jti).toMatch(/^[0-9a-f]{32}$/);
    expect(claims.exp! - claims.iat!).toBe(86400);
  });

  it("refuses a member without space_invite_user with 403, and a stranger with 404", async () => {
    const space = await ownedSpace();
    const viewer = await joinedMember(space);
    await expectApiError(await callAs(viewer.token, "GET", `/spaces/${space.spaceId}/users/token`), 403, "forbidden");
    await expectApiError(await callAs(await userToken(uniqueUser()), "GET", `/spaces/${space.spaceId}/users/token`), 404, "not_found");
    await expectApiError(await callAs(await userToken(uniqueUser()), "GET", `/spaces/${"f".repeat(32)}/users/token`), 404, "not_found");
  });

  it("refuses a provider that does not support the space with 404", async () => {
    const { spaceId } = await ownedSpace();
    const provider = await registerProvider();
    await expectApiError(await callAs(provider.token, "GET", `/spaces/${spaceId}/users/token`), 404, "not_found");
  });
});

describe("POST /user/spaces/join", () => {
  it.each(BASES)("lets a user join with space_view_data only, answering 201 and Location /user/spaces/{id}, at %j", async (base) => {
    const space = await ownedSpace();
    const user = uniqueUser("joiner");
    const token = await userToken(user);
    const response = await callAs(token, "POST", `${base}/user/spaces/join`, { token: await inviteToken(space.ownerToken, space.spaceId) });
    expect({ status: response.status, location: response.headers.get("Location"), body: await response.text() }).toEqual({
      status: 201,
      location: `/user/spaces/${space.spaceId}`,
      body: "",
    });
    expect(await privilegesOf(space.ownerToken, space.spaceId, user)).toEqual(["space_view_data"]);
    const listed = (await (await callAs(token, "GET", "/user/spaces")).json()) as { spaces: string[] };
    expect(listed.spaces).toEqual([space.spaceId]);
  });

  it("answers 201 and changes nothing for a member who joins again, spending the token anyway", async () => {
    const space = await ownedSpace();
    const invite = await inviteToken(space.ownerToken, space.spaceId);
    const again = await callAs(space.ownerToken, "POST", "/user/spaces/join", { token: invite });
    expect(again.status).toBe(201);
    expect((await privilegesOf(space.ownerToken, space.spaceId, space.owner)).length).toBe(10);
    expect(await countRows("spent_tokens", "jti", String(decodeJwt(invite).jti))).toBe(1);
    const stranger = await userToken(uniqueUser());
    await expectApiError(await callAs(stranger, "POST", "/user/spaces/join", { token: invite }), 400, "invalid_token");
  });

  it("refuses a token used once already with 400 invalid_token", async () => {
    const space = await ownedSpace();
    const invite = await inviteToken(space.ownerToken, space.spaceId);
    expect((await callAs(await userToken(uniqueUser()), "POST", "/user/spaces/join", { token: invite })).status).toBe(201);
    const late = uniqueUser();
    await expectApiError(await callAs(await userToken(late), "POST", "/user/spaces/join", { token: invite }), 400, "invalid_token");
    await expectApiError(await callAs(space.ownerToken, "GET", `/spaces/${space.spaceId}/users/${late}`), 404, "not_found");
  });

  it("refuses a token for a space deleted since with 400 invalid_token, leaving it unspent", async () => {
    const space = await ownedSpace();
    const invite = await inviteToken(space.ownerToken, space.spaceId);
    expect((await callAs(space.ownerToken, "DELETE", `/spaces/${space.spaceId}`)).status).toBe(204);
    await expectApiError(await callAs(await userToken(uniqueUser()), "POST", "/user/spaces/join", { token: invite }), 400, "invalid_token");
    expect(await countRows("spent_tokens", "jti", String(decodeJwt(invite).jti))).toBe(0);
  });

  it("refuses an expired invite token and one from a foreign issuer with 400 invalid_token", async () => {
    const { spaceId } = await ownedSpace();
    const user = await userToken(uniqueUser());
    const now = Math.floor(Date.now() / 1000);
    const expired = await signAsZone({ sub: spaceId, jti: crypto.randomUUID() }, { typ: "space-invite+jwt", exp: now - 120 });
    const foreign = await signAsZone({ sub: spaceId, jti: crypto.randomUUID() }, { typ: "space-invite+jwt", exp: now + 600, issuer: "https://elsewhere.example" });
    const valid = await signAsZone({ sub: spaceId, jti: crypto.randomUUID() }, { typ: "space-invite+jwt", exp: now + 600 });
    await expectApiError(await callAs(user, "POST", "/user/spaces/join", { token: expired }), 400, "invalid_token");
    await expectApiError(await callAs(user, "POST", "/user/spaces/join", { token: foreign }), 400, "invalid_token");
    expect((await callAs(user, "POST", "/user/spaces/join", { token: valid })).status).toBe(201);
  });

  it.each([
    ["no token", {}],
    ["an empty token", { token: "" }],
    ["a numeric token", { token: 7 }],
  ])("refuses a body with %s with 400 invalid_request", async (_label, body) => {
    await expectApiError(await callAs(await userToken(uniqueUser()), "POST", "/user/spaces/join", body), 400, "invalid_request");
  });

  it("refuses a provider with 403 forbidden and no token with 401", async () => {
    const space = await ownedSpace();
    const provider = await registerProvider();
    const invite = await inviteToken(space.ownerToken, space.spaceId);
    await expectApiError(await callAs(provider.token, "POST", "/user/spaces/join", { token: invite }), 403, "forbidden");
    await expectApiError(await callAs("", "POST", "/user/spaces/join", { token: invite }), 401, "unauthorized");
    expect(await countRows("spent_tokens", "jti", String(decodeJwt(invite).jti))).toBe(0);
  });

  it("lets exactly one of 20 users racing with one invite token join", async () => {
    const space = await ownedSpace();
    const invite = await inviteToken(space.ownerToken, space.spaceId);
    const users = Array.from({ length: 20 }, () => uniqueUser("racer"));
    const tokens = await Promise.all(users.map((user) => userToken(user)));
    const responses = await Promise.all(tokens.map((token) => callAs(token, "POST", "/user/spaces/join", { token: invite })));
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([201, ...Array<number>(19).fill(400)]);
    const members = (await (await callAs(space.ownerToken, "GET", `/spaces/${space.spaceId}/users`)).json()) as { users: string[] };
    expect(members.users).toHaveLength(2);
    expect(users).toContain(members.users[1]);
  });
});
