import { describe, expect, it } from "vitest";
import { createSpace, creationToken, expectError, hostName, newUser, registerProvider, send, spaceIdFrom } from "./support/api.ts";

/** A single-use support token to `spaceId`, made by a member holding space_add_provider. */
async function supportToken(spaceId: string, member: string): Promise<string> {
  const response = await send("GET", `/spaces/${spaceId}/providers/token`, { token: member });
  expect(response.status).toBe(200);
  expect(response.headers.get("cache-control")).toBe("no-store");
  return (await response.json()).token;
}

/** A member of `spaceId` holding only space_view_data (joined with an invite token). */
async function viewer(spaceId: string, owner: string): Promise<string> {
  const member = await newUser("e2e-viewer");
  const invite = await (await send("GET", `/spaces/${spaceId}/users/token`, { token: owner })).json();
  expect((await send("POST", "/user/spaces/join", { token: member, body: { token: invite.token } })).status).toBe(201);
  return member;
}

const providersOf = async (spaceId: string, token: string) => (await (await send("GET", `/spaces/${spaceId}/providers`, { token })).json()).providers;

describe(`provider support, on ${hostName}`, () => {
  it("a second provider supports a space with a support token, once; members and the provider read it", async () => {
    const owner = await newUser("e2e-owner");
    const first = await registerProvider("Storage one");
    const second = await registerProvider("Storage two");
    const created = await send("POST", "/provider/spaces", { token: first.token, body: { name: "Lab data", token: await creationToken(owner), size: 1024 } });
    expect(created.status).toBe(201);
    const spaceId = spaceIdFrom(created);

    const support = await supportToken(spaceId, owner);
    const supported = await send("POST", "/provider/spaces/support", { token: second.token, body: { token: support, size: "10737418240" } });
    expect(supported.status).toBe(201);
    expect(supported.headers.get("location")).toBe(`/provider/spaces/${spaceId}`);
    await expectError(await send("POST", "/provider/spaces/support", { token: second.token, body: { token: support } }), 400, "invalid_token");
    const again = await send("POST", "/provider/spaces/support", { token: second.token, body: { token: await supportToken(spaceId, owner), size: 1 } });
    expect(again.status).toBe(201);
    const invite = (await (await send("GET", `/spaces/${spaceId}/users/token`, { token: owner })).json()).token;
    await expectError(await send("POST", "/provider/spaces/support", { token: first.token, body: { token: invite } }), 400, "invalid_token");

    const member = await viewer(spaceId, owner);
    const sizes = { [first.providerId]: 1024, [second.providerId]: 10737418240 };
    const space = await (await send("GET", `/spaces/${spaceId}`, { token: member })).json();
    expect(space).toMatchObject({ spaceId, providers: sizes, providersSupports: sizes });
    const asProvider = await send("GET", `/api/v3/onezone/provider/spaces/${spaceId}`, { token: second.token });
    expect(asProvider.status).toBe(200);
    expect(await asProvider.json()).toMatchObject({ spaceId, providers: sizes });
    for (const reader of [member, second.token]) {
      const read = await send("GET", `/spaces/${spaceId}/providers/${second.providerId}`, { token: reader });
      expect({ status: read.status, body: await read.json() }).toEqual({ status: 200, body: { providerId: second.providerId, name: "Storage two" } });
    }
    expect(await (await send("GET", "/provider/spaces", { token: second.token })).json()).toEqual({ spaces: [spaceId] });
    expect((await providersOf(spaceId, owner)).sort()).toEqual([first.providerId, second.providerId].sort());
  });

  it("members without the privilege get 403 for support tokens and removals; the owner removes a provider", async () => {
    const owner = await newUser("e2e-owner");
    const provider = await registerProvider("Removed");
    const spaceId = await createSpace(owner);
    expect((await send("POST", "/provider/spaces/support", { token: provider.token, body: { token: await supportToken(spaceId, owner) } })).status).toBe(201);
    const member = await viewer(spaceId, owner);
    await expectError(await send("GET", `/spaces/${spaceId}/providers/token`, { token: member }), 403, "forbidden");
    await expectError(await send("DELETE", `/spaces/${spaceId}/providers/${provider.providerId}`, { token: member }), 403, "forbidden");
    expect((await send("DELETE", `/spaces/${spaceId}/providers/${provider.providerId}`, { token: owner })).status).toBe(204);
    expect(await providersOf(spaceId, owner)).toEqual([]);
    await expectError(await send("GET", `/provider/spaces/${spaceId}`, { token: provider.token }), 404, "not_found");
    expect((await (await send("GET", "/provider/spaces", { token: provider.token })).json()).spaces).toEqual([]);
  });

  it("a provider ends its own support with DELETE /provider/spaces/{id}; a space it does not support is 404", async () => {
    const owner = await newUser("e2e-owner");
    const provider = await registerProvider("Leaving");
    const spaceId = await createSpace(owner);
    await expectError(await send("DELETE", `/provider/spaces/${spaceId}`, { token: provider.token }), 404, "not_found");
    expect((await send("POST", "/provider/spaces/support", { token: provider.token, body: { token: await supportToken(spaceId, owner) } })).status).toBe(201);
    expect((await send("DELETE", `/provider/spaces/${spaceId}`, { token: provider.token })).status).toBe(204);
    expect(await providersOf(spaceId, owner)).toEqual([]);
    await expectError(await send("GET", `/spaces/${spaceId}`, { token: provider.token }), 404, "not_found");
    await expectError(await send("DELETE", `/provider/spaces/${spaceId}`, { token: owner }), 403, "forbidden");
  });

  it("two providers racing one support token: exactly one supports the space", async () => {
    const owner = await newUser("e2e-owner");
    const spaceId = await createSpace(owner);
    const racers = await Promise.all([registerProvider("Racer one"), registerProvider("Racer two")]);
    const support = await supportToken(spaceId, owner);
    const responses = await Promise.all(racers.map(({ token }) => send("POST", "/provider/spaces/support", { token, body: { token: support } })));
    const winners = racers.filter((_, index) => responses[index]!.status === 201);
    expect(winners).toHaveLength(1);
    for (const loser of responses.filter((response) => response.status !== 201)) await expectError(loser, 400, "invalid_token");
    expect(await providersOf(spaceId, owner)).toEqual([winners[0]!.providerId]);
  });
});
