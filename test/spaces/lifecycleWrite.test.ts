import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { call, callAs, spaceIdFrom, uniqueUser } from "../support/api";
import { userToken } from "../support/tokens";
import { expectApiError } from "../support/expectApiError";
import { addMember } from "../support/members";
import { createProviderSpace, registerProvider } from "../support/providers";
import { countRows } from "../support/dbRows";

/** A fresh user who owns one fresh space. */
async function ownedSpace(name = "Writable") {
  const ownerToken = await userToken(uniqueUser());
  const created = await callAs(ownerToken, "POST", "/spaces", { name });
  expect(created.status).toBe(201);
  return { ownerToken, spaceId: spaceIdFrom(created) };
}

async function spaceName(spaceId: string): Promise<string | null> {
  const row = await env.DB.prepare("SELECT name FROM spaces WHERE id = ?").bind(spaceId).first<{ name: string }>();
  return row?.name ?? null;
}

describe("PATCH /spaces/{id}", () => {
  it("renames a space for its owner: 204, and the new name reads back", async () => {
    const { ownerToken, spaceId } = await ownedSpace("Before");
    const response = await callAs(ownerToken, "PATCH", `/spaces/${spaceId}`, { name: "After rename" });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe("");
    const read = await callAs(ownerToken, "GET", `/spaces/${spaceId}`);
    expect(await read.json()).toMatchObject({ spaceId, name: "After rename" });
  });

  it("renames only the space it names", async () => {
    const { ownerToken, spaceId } = await ownedSpace("First");
    const other = spaceIdFrom(await callAs(ownerToken, "POST", "/spaces", { name: "Second" }));
    expect((await callAs(ownerToken, "PATCH", `/spaces/${spaceId}`, { name: "Renamed" })).status).toBe(204);
    expect(await spaceName(other)).toBe("Second");
  });

  it("renames under the /api/v3/onezone base path too", async () => {
    const { ownerToken, spaceId } = await ownedSpace("Old");
    const response = await callAs(ownerToken, "PATCH", `/api/v3/onezone/spaces/${spaceId}`, { name: "New" });
    expect(response.status).toBe(204);
    expect(await spaceName(spaceId)).toBe("New");
  });

  it.each([
    ["empty", { name: "" }],
    ["one character", { name: "x" }],
    ["ending with a space", { name: "trailing " }],
    ["with a slash", { name: "a/b" }],
    ["too long", { name: "n".repeat(129) }],
    ["null", { name: null }],
    ["missing (an empty object)", {}],
    ["missing (only an unknown key)", { title: "Not a name" }],
  ])("refuses a name that is %s with 400 invalid_request and keeps the old one", async (_label, body) => {
    const { ownerToken, spaceId } = await ownedSpace("Kept");
    await expectApiError(await callAs(ownerToken, "PATCH", `/spaces/${spaceId}`, body), 400, "invalid_request");
    expect(await spaceName(spaceId)).toBe("Kept");
  });

  it("refuses a body that is not JSON with 400 invalid_request", async () => {
    const { ownerToken, spaceId } = await ownedSpace("Kept");
    const response = await call(`/spaces/${spaceId}`, {
      method: "PATCH",
      headers: { "X-Auth-Token": ownerToken, "Content-Type": "application/json" },
      body: "{name:",
    });
    await expectApiError(response, 400, "invalid_request");
  });

  it("answers a stranger user with 404 not_found and leaves the name", async () => {
    const { spaceId } = await ownedSpace("Kept");
    const stranger = await userToken(uniqueUser());
    await expectApiError(await callAs(stranger, "PATCH", `/spaces/${spaceId}`, { name: "Hijacked" }), 404, "not_found");
    expect(await spaceName(spaceId)).toBe("Kept");
  });

  it("answers a non-supporting provider with 404 not_found", async () => {
    const { spaceId } = await ownedSpace("Kept");
    const provider = await registerProvider();
    await expectApiError(await callAs(provider.token, "PATCH", `/spaces/${spaceId}`, { name: "Hijacked" }), 404, "not_found");
    expect(await spaceName(spaceId)).toBe("Kept");
  });

  it("answers the supporting provider, which holds no member privileges, with 403 forbidden", async () => {
    const provider = await registerProvider();
    const spaceId = await createProviderSpace(provider, await userToken(uniqueUser()), { name: "Kept" });
    await expectApiError(await callAs(provider.token, "PATCH", `/spaces/${spaceId}`, { name: "Renamed" }), 403, "forbidden");
    expect(await spaceName(spaceId)).toBe("Kept");
  });

  it("answers a member without space_change_data with 403 forbidden", async () => {
    const { spaceId } = await ownedSpace("Kept");
    const member = await addMember(spaceId, '["space_view_data"]');
    await expectApiError(await callAs(member, "PATCH", `/spaces/${spaceId}`, { name: "Renamed" }), 403, "forbidden");
    expect(await spaceName(spaceId)).toBe("Kept");
  });

  it("lets a member holding only space_change_data rename", async () => {
    const { spaceId } = await ownedSpace("Kept");
    const member = await addMember(spaceId, '["space_change_data"]');
    expect((await callAs(member, "PATCH", `/spaces/${spaceId}`, { name: "By member" })).status).toBe(204);
    expect(await spaceName(spaceId)).toBe("By member");
  });

  it.each(["0".repeat(32), "not-an-id"])("answers an unknown or malformed id %s with 404 not_found", async (id) => {
    const token = await userToken(uniqueUser());
    await expectApiError(await callAs(token, "PATCH", `/spaces/${id}`, { name: "Whatever" }), 404, "not_found");
  });
});

describe("DELETE /spaces/{id}", () => {
  it("deletes a space for its owner: 204, and removes its spaces, space_members and space_supports rows", async () => {
    const provider = await registerProvider();
    const ownerToken = await userToken(uniqueUser());
    const spaceId = await createProviderSpace(provider, ownerToken, { size: 100 });
    await addMember(spaceId, '["space_view_data"]');
    expect(await countRows("spaces", "id", spaceId)).toBe(1);
    expect(await countRows("space_members", "space_id", spaceId)).toBe(2);
    expect(await countRows("space_supports", "space_id", spaceId)).toBe(1);

    const response = await callAs(ownerToken, "DELETE", `/spaces/${spaceId}`);
    expect(response.status).toBe(204);
    expect(await response.text()).toBe("");
    expect(await countRows("spaces", "id", spaceId)).toBe(0);
    expect(await countRows("space_members", "space_id", spaceId)).toBe(0);
    expect(await countRows("space_supports", "space_id", spaceId)).toBe(0);
    await expectApiError(await callAs(ownerToken, "GET", `/spaces/${spaceId}`), 404, "not_found");
    await expectApiError(await callAs(provider.token, "GET", `/spaces/${spaceId}`), 404, "not_found");
  });

  it("answers a second delete with 404 not_found", async () => {
    const { ownerToken, spaceId } = await ownedSpace();
    expect((await callAs(ownerToken, "DELETE", `/spaces/${spaceId}`)).status).toBe(204);
    await expectApiError(await callAs(ownerToken, "DELETE", `/spaces/${spaceId}`), 404, "not_found");
  });

  it("deletes only the space it names", async () => {
    const { ownerToken, spaceId } = await ownedSpace();
    const kept = spaceIdFrom(await callAs(ownerToken, "POST", "/spaces", {}));
    expect((await callAs(ownerToken, "DELETE", `/spaces/${spaceId}`)).status).toBe(204);
    expect(await countRows("spaces", "id", kept)).toBe(1);
    expect(await countRows("space_members", "space_id", kept)).toBe(1);
  });

  it("answers a stranger user with 404 not_found and keeps the space", async () => {
    const { spaceId } = await ownedSpace();
    await expectApiError(await callAs(await userToken(uniqueUser()), "DELETE", `/spaces/${spaceId}`), 404, "not_found");
    expect(await countRows("spaces", "id", spaceId)).toBe(1);
  });

  it("answers a non-supporting provider with 404 not_found and keeps the space", async () => {
    const { spaceId } = await ownedSpace();
    const provider = await registerProvider();
    await expectApiError(await callAs(provider.token, "DELETE", `/spaces/${spaceId}`), 404, "not_found");
    expect(await countRows("spaces", "id", spaceId)).toBe(1);
  });

  it("answers the supporting provider with 403 forbidden and keeps the space", async () => {
    const provider = await registerProvider();
    const spaceId = await createProviderSpace(provider, await userToken(uniqueUser()));
    await expectApiError(await callAs(provider.token, "DELETE", `/spaces/${spaceId}`), 403, "forbidden");
    expect(await countRows("spaces", "id", spaceId)).toBe(1);
    expect(await countRows("space_supports", "space_id", spaceId)).toBe(1);
  });

  it("answers a member without space_remove with 403 forbidden and keeps the space", async () => {
    const { spaceId } = await ownedSpace();
    const member = await addMember(spaceId, '["space_view_data"]');
    await expectApiError(await callAs(member, "DELETE", `/spaces/${spaceId}`), 403, "forbidden");
    expect(await countRows("spaces", "id", spaceId)).toBe(1);
    expect(await countRows("space_members", "space_id", spaceId)).toBe(2);
  });

  it("lets a member holding only space_remove delete", async () => {
    const { ownerToken, spaceId } = await ownedSpace();
    const member = await addMember(spaceId, '["space_remove"]');
    expect((await callAs(member, "DELETE", `/spaces/${spaceId}`)).status).toBe(204);
    expect(await countRows("spaces", "id", spaceId)).toBe(0);
    expect(await (await callAs(ownerToken, "GET", "/user/spaces")).json()).toEqual({ spaces: [] });
  });

  it.each(["0".repeat(32), "not-an-id", "F".repeat(32)])("answers an unknown or malformed id %s with 404 not_found", async (id) => {
    const token = await userToken(uniqueUser());
    await expectApiError(await callAs(token, "DELETE", `/spaces/${id}`), 404, "not_found");
  });

  it("deletes under the /api/v3/onezone base path too", async () => {
    const { ownerToken, spaceId } = await ownedSpace();
    expect((await callAs(ownerToken, "DELETE", `/api/v3/onezone/spaces/${spaceId}`)).status).toBe(204);
    expect(await countRows("spaces", "id", spaceId)).toBe(0);
  });

  it("removes the space from the owner's and the provider's lists", async () => {
    const provider = await registerProvider();
    const ownerToken = await userToken(uniqueUser());
    const kept = await createProviderSpace(provider, ownerToken);
    const removed = await createProviderSpace(provider, ownerToken);
    expect(await (await callAs(provider.token, "GET", "/provider/spaces")).json()).toEqual({ spaces: [kept, removed] });
    expect((await callAs(ownerToken, "DELETE", `/spaces/${removed}`)).status).toBe(204);
    expect(await (await callAs(ownerToken, "GET", "/user/spaces")).json()).toEqual({ spaces: [kept] });
    expect(await (await callAs(provider.token, "GET", "/provider/spaces")).json()).toEqual({ spaces: [kept] });
    await expectApiError(await callAs(provider.token, "GET", `/spaces/${removed}/providers`), 404, "not_found");
  });

  it("refuses an anonymous delete with 401 unauthorized and keeps the space", async () => {
    const { spaceId } = await ownedSpace();
    await expectApiError(await call(`/spaces/${spaceId}`, { method: "DELETE" }), 401, "unauthorized");
    expect(await countRows("spaces", "id", spaceId)).toBe(1);
  });
});
