import { describe, expect, it } from "vitest";
import { allowedMethods, call, callAs, spaceIdFrom, uniqueUser } from "../support/api";
import { userToken } from "../support/tokens";
import { expectApiError, expectUnauthorized } from "../support/expectApiError";
import { addMember } from "../support/members";
import { createProviderSpace, registerProvider, spaceCreateToken } from "../support/providers";

/** A fresh user who owns one fresh space. */
async function ownedSpace(name = "Lifecycle") {
  const owner = uniqueUser();
  const ownerToken = await userToken(owner);
  const created = await callAs(ownerToken, "POST", "/spaces", { name });
  expect(created.status).toBe(201);
  return { owner, ownerToken, spaceId: spaceIdFrom(created), location: created.headers.get("Location")! };
}

describe("GET /spaces/{id}", () => {
  it("shows the creator {spaceId, name, canonicalName, providers, providersSupports, creator, creationTime}", async () => {
    const before = Math.floor(Date.now() / 1000);
    const { owner, ownerToken, spaceId } = await ownedSpace("Read me");
    const after = Math.floor(Date.now() / 1000);
    const response = await callAs(ownerToken, "GET", `/spaces/${spaceId}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/json");
    const body = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(["canonicalName", "creationTime", "creator", "name", "providers", "providersSupports", "spaceId"]);
    expect(body).toMatchObject({
      spaceId, name: "Read me", canonicalName: "Read me", providers: {}, providersSupports: {}, creator: { type: "user", id: owner },
    });
    expect(Number.isInteger(body.creationTime)).toBe(true);
    expect(body.creationTime).toBeGreaterThanOrEqual(before);
    expect(body.creationTime).toBeLessThanOrEqual(after);
  });

  it("resolves the Location of POST /spaces for the creating user", async () => {
    const { ownerToken, spaceId, location } = await ownedSpace();
    const response = await callAs(ownerToken, "GET", location);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { spaceId: string }).spaceId).toBe(spaceId);
  });

  it("resolves the Location of a provider's POST /spaces for the owner and for the supporting provider", async () => {
    const provider = await registerProvider();
    const owner = uniqueUser();
    const ownerToken = await userToken(owner);
    const created = await callAs(provider.token, "POST", "/spaces", {
      token: await spaceCreateToken(ownerToken),
      size: 10,
    });
    expect(created.status).toBe(201);
    const spaceId = spaceIdFrom(created);
    for (const reader of [ownerToken, provider.token]) {
      const response = await callAs(reader, "GET", created.headers.get("Location")!);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({
        spaceId,
        providers: { [provider.providerId]: 10 },
        creator: { type: "provider", id: provider.providerId },
      });
    }
  });

  it("answers a stranger user with 404 not_found", async () => {
    const { spaceId } = await ownedSpace();
    await expectApiError(await callAs(await userToken(uniqueUser()), "GET", `/spaces/${spaceId}`), 404, "not_found");
  });

  it("answers a provider that does not support the space with 404 not_found", async () => {
    const supporting = await registerProvider();
    const stranger = await registerProvider();
    const spaceId = await createProviderSpace(supporting, await userToken(uniqueUser()));
    await expectApiError(await callAs(stranger.token, "GET", `/spaces/${spaceId}`), 404, "not_found");
    const { spaceId: userSpace } = await ownedSpace();
    await expectApiError(await callAs(stranger.token, "GET", `/spaces/${userSpace}`), 404, "not_found");
  });

  it("answers a member without space_view_data with 403 forbidden", async () => {
    const { spaceId } = await ownedSpace();
    const member = await addMember(spaceId, "[]");
    await expectApiError(await callAs(member, "GET", `/spaces/${spaceId}`), 403, "forbidden");
  });

  it("lets a member holding only space_view_data read", async () => {
    const { spaceId } = await ownedSpace("Viewable");
    const member = await addMember(spaceId, '["space_view_data"]');
    const response = await callAs(member, "GET", `/spaces/${spaceId}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ spaceId, name: "Viewable" });
  });

  it.each([
    ["unknown", "0".repeat(32)],
    ["too short", "abc"],
    ["upper case", "A".repeat(32)],
    ["too long", "a".repeat(33)],
    ["not hex", "g".repeat(32)],
    ["SQL-looking", "1' OR '1'='1"],
  ])("answers a space id that is %s with 404 not_found", async (_label, id) => {
    const token = await userToken(uniqueUser());
    await expectApiError(await callAs(token, "GET", `/spaces/${encodeURIComponent(id)}`), 404, "not_found");
  });

  it("answers an id that differs from a real one only in case with 404 not_found", async () => {
    const { ownerToken, spaceId } = await ownedSpace();
    await expectApiError(await callAs(ownerToken, "GET", `/spaces/${spaceId.toUpperCase()}`), 404, "not_found");
  });
});

describe("GET /user/spaces", () => {
  it("lists a user's spaces oldest first and reflects creates and deletes", async () => {
    const token = await userToken(uniqueUser());
    const empty = await callAs(token, "GET", "/user/spaces");
    expect(empty.status).toBe(200);
    expect(await empty.json()).toEqual({ spaces: [] });

    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const created = await callAs(token, "POST", "/spaces", { name: `Space ${i}` });
      expect(created.status).toBe(201);
      ids.push(spaceIdFrom(created));
    }
    expect(await (await callAs(token, "GET", "/user/spaces")).json()).toEqual({ spaces: ids });

    expect((await callAs(token, "DELETE", `/spaces/${ids[2]}`)).status).toBe(204);
    const later = spaceIdFrom(await callAs(token, "POST", "/spaces", {}));
    const expected = [...ids.slice(0, 2), ...ids.slice(3), later];
    expect(await (await callAs(token, "GET", "/user/spaces")).json()).toEqual({ spaces: expected });
  });

  it("includes spaces a provider created for the user", async () => {
    const provider = await registerProvider();
    const token = await userToken(uniqueUser());
    const own = spaceIdFrom(await callAs(token, "POST", "/spaces", {}));
    const provided = await createProviderSpace(provider, token);
    expect(await (await callAs(token, "GET", "/user/spaces")).json()).toEqual({ spaces: [own, provided] });
  });

  it("does not list other users' spaces", async () => {
    await ownedSpace();
    const token = await userToken(uniqueUser());
    expect(await (await callAs(token, "GET", "/user/spaces")).json()).toEqual({ spaces: [] });
  });

  it("refuses a provider with 403 forbidden", async () => {
    const provider = await registerProvider();
    await expectApiError(await callAs(provider.token, "GET", "/user/spaces"), 403, "forbidden");
  });
});

describe("GET /spaces/{id}/providers", () => {
  it("lists the supporting providers for the owner and for the provider", async () => {
    const provider = await registerProvider();
    const ownerToken = await userToken(uniqueUser());
    const spaceId = await createProviderSpace(provider, ownerToken);
    for (const reader of [ownerToken, provider.token]) {
      const response = await callAs(reader, "GET", `/spaces/${spaceId}/providers`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ providers: [provider.providerId] });
    }
  });

  it("lists no providers for a user's own space", async () => {
    const { ownerToken, spaceId } = await ownedSpace();
    const response = await callAs(ownerToken, "GET", `/spaces/${spaceId}/providers`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ providers: [] });
  });

  it("lets any member read it, even one without privileges", async () => {
    const provider = await registerProvider();
    const spaceId = await createProviderSpace(provider, await userToken(uniqueUser()));
    const member = await addMember(spaceId, "[]");
    const response = await callAs(member, "GET", `/spaces/${spaceId}/providers`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ providers: [provider.providerId] });
  });

  it("answers strangers, users and providers alike, with 404 not_found", async () => {
    const provider = await registerProvider();
    const stranger = await registerProvider();
    const spaceId = await createProviderSpace(provider, await userToken(uniqueUser()));
    await expectApiError(await callAs(stranger.token, "GET", `/spaces/${spaceId}/providers`), 404, "not_found");
    const user = await userToken(uniqueUser());
    await expectApiError(await callAs(user, "GET", `/spaces/${spaceId}/providers`), 404, "not_found");
    await expectApiError(await callAs(user, "GET", "/spaces/nope/providers"), 404, "not_found");
  });
});

describe("GET /provider/spaces", () => {
  it("lists the spaces a provider supports, oldest first, and reflects creates and deletes", async () => {
    const provider = await registerProvider();
    const empty = await callAs(provider.token, "GET", "/provider/spaces");
    expect(empty.status).toBe(200);
    expect(await empty.json()).toEqual({ spaces: [] });

    const ownerToken = await userToken(uniqueUser());
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(await createProviderSpace(provider, ownerToken));
    await ownedSpace();
    const other = await registerProvider();
    await createProviderSpace(other, ownerToken);
    expect(await (await callAs(provider.token, "GET", "/provider/spaces")).json()).toEqual({ spaces: ids });

    expect((await callAs(ownerToken, "DELETE", `/spaces/${ids[1]}`)).status).toBe(204);
    const later = await createProviderSpace(provider, ownerToken);
    expect(await (await callAs(provider.token, "GET", "/provider/spaces")).json()).toEqual({
      spaces: [ids[0], ...ids.slice(2), later],
    });
  });

  it("refuses a user with 403 forbidden", async () => {
    await expectApiError(await callAs(await userToken(uniqueUser()), "GET", "/provider/spaces"), 403, "forbidden");
  });
});

describe("base path, methods and authentication", () => {
  it("serves the read routes under /api/v3/onezone too", async () => {
    const provider = await registerProvider();
    const ownerToken = await userToken(uniqueUser());
    const created = await callAs(provider.token, "POST", "/api/v3/onezone/spaces", {
      token: await spaceCreateToken(ownerToken),
    });
    expect(created.status).toBe(201);
    const spaceId = spaceIdFrom(created);
    const base = "/api/v3/onezone";
    const read = await callAs(ownerToken, "GET", `${base}/spaces/${spaceId}`);
    expect(read.status).toBe(200);
    expect(await read.json()).toMatchObject({ spaceId });
    expect(await (await callAs(ownerToken, "GET", `${base}/user/spaces`)).json()).toEqual({ spaces: [spaceId] });
    expect(await (await callAs(provider.token, "GET", `${base}/provider/spaces`)).json()).toEqual({
      spaces: [spaceId],
    });
    expect(await (await callAs(provider.token, "GET", `${base}/spaces/${spaceId}/providers`)).json()).toEqual({
      providers: [provider.providerId],
    });
    await expectApiError(await callAs(await userToken(uniqueUser()), "GET", `${base}/spaces/${spaceId}`), 404, "not_found");
  });

  it.each([
    ["PUT", "/spaces/" + "0".repeat(32), "GET, HEAD, PATCH, DELETE"],
    ["POST", "/spaces/" + "0".repeat(32), "GET, HEAD, PATCH, DELETE"],
    ["PATCH", "/spaces", "GET, HEAD, POST"],
    ["DELETE", "/user/spaces", "GET, HEAD, POST"],
    ["PUT", "/provider/spaces", "GET, HEAD, POST"],
    ["PATCH", "/spaces/" + "0".repeat(32) + "/providers", "GET, HEAD"],
    ["PUT", "/api/v3/onezone/spaces/" + "0".repeat(32), "GET, HEAD, PATCH, DELETE"],
    ["DELETE", "/api/v3/onezone/provider/spaces", "GET, HEAD, POST"],
  ])("answers %s %s with 405 method_not_allowed and Allow: %s", async (method, path, allow) => {
    const response = await callAs(await userToken(uniqueUser()), method, path);
    expect(response.status).toBe(405);
    expect(allowedMethods(response)).toEqual(allow.split(", ").sort());
    await expectApiError(response, 405, "method_not_allowed");
  });

  it.each([
    ["GET", "/spaces/" + "0".repeat(32)],
    ["GET", "/spaces/not-an-id"],
    ["GET", "/spaces/not-an-id/providers"],
    ["PATCH", "/spaces/not-an-id"],
    ["DELETE", "/spaces/" + "0".repeat(32)],
    ["GET", "/user/spaces"],
    ["GET", "/provider/spaces"],
    ["GET", "/api/v3/onezone/spaces/not-an-id"],
    ["GET", "/api/v3/onezone/user/spaces"],
  ])("answers %s %s without a token with 401 unauthorized before anything else", async (method, path) => {
    const response = await call(path, {
      method,
      headers: { "Content-Type": "application/json" },
      body: method === "PATCH" ? "{not json" : undefined,
    });
    await expectUnauthorized(response);
  });

  it("answers a real space without a token with 401, not its contents", async () => {
    const { spaceId } = await ownedSpace();
    await expectApiError(await call(`/spaces/${spaceId}`), 401, "unauthorized");
  });

  it("answers HEAD on a space like GET, without a body", async () => {
    const { ownerToken, spaceId } = await ownedSpace();
    const response = await callAs(ownerToken, "HEAD", `/spaces/${spaceId}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("");
    const stranger = await callAs(await userToken(uniqueUser()), "HEAD", `/spaces/${spaceId}`);
    expect(stranger.status).toBe(404);
  });
});

describe("Cache-Control: no-store on every response that carries a caller's private data", () => {
  it.each(["", "/api/v3/onezone"])("on GET /spaces/{id} and GET /user/spaces at %j", async (base) => {
    const token = await userToken(uniqueUser());
    const created = await callAs(token, "POST", `${base}/spaces`, { name: "Private" });
    const read = await callAs(token, "GET", `${base}/spaces/${spaceIdFrom(created)}`);
    const listed = await callAs(token, "GET", `${base}/user/spaces`);
    expect([read, listed].map((response) => ({ status: response.status, cacheControl: response.headers.get("Cache-Control") }))).toEqual([
      { status: 200, cacheControl: "no-store" },
      { status: 200, cacheControl: "no-store" },
    ]);
  });
});
