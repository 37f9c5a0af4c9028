import { decodeJwt, decodeProtectedHeader } from "jose";
import { describe, expect, it } from "vitest";
import { callAs, uniqueUser } from "../support/api";
import { userToken } from "../support/tokens";
import { expectApiError } from "../support/expectApiError";
import { adminToken, registerProvider, type RegisteredProvider } from "../support/providers";
import { countRows } from "../support/dbRows";
import { joinedMember, ownedSpace, supportToken, type OwnedSpace } from "../support/spaces";

const BASES = ["", "/api/v3/onezone"];

/** `provider` supports the space through the real token and support routes. */
async function supported(space: OwnedSpace, provider: RegisteredProvider, size: unknown = 1024): Promise<void> {
  const response = await callAs(provider.token, "POST", "/provider/spaces/support", { token: await supportToken(space.ownerToken, space.spaceId), size });
  expect(response.status).toBe(201);
}

describe("GET /spaces/{id}/providers/token", () => {
  it.each(BASES)("gives a member holding space_add_provider a single-use support token, no-store, at %j", async (base) => {
    const { ownerToken, spaceId } = await ownedSpace();
    const response = await callAs(ownerToken, "GET", `${base}/spaces/${spaceId}/providers/token`);
    expect({ status: response.status, cacheControl: response.headers.get("Cache-Control") }).toEqual({ status: 200, cacheControl: "no-store" });
    const { token } = (await response.json()) as { token: string };
    expect(decodeProtectedHeader(token).typ).toBe("space-support+jwt");
    expect(decodeJwt(token)).toMatchObject({ sub: spaceId, jti: expect.stringMatching(/^[0-9a-f]{32}$/) });
  });

  it("refuses a member without space_add_provider with 403 and a stranger with 404", async () => {
    const space = await ownedSpace();
    const member = await joinedMember(space);
    await expectApiError(await callAs(member.token, "GET", `/spaces/${space.spaceId}/providers/token`), 403, "forbidden");
    await expectApiError(await callAs(await userToken(uniqueUser()), "GET", `/spaces/${space.spaceId}/providers/token`), 404, "not_found");
  });
});

describe("POST /provider/spaces/support", () => {
  it.each(BASES)("lets a provider support the space with a size, answering 201 and Location /provider/spaces/{id}, at %j", async (base) => {
    const space = await ownedSpace();
    const provider = await registerProvider();
    const response = await callAs(provider.token, "POST", `${base}/provider/spaces/support`, {
      token: await supportToken(space.ownerToken, space.spaceId),
      size: "5000000",
    });
    expect({ status: response.status, location: response.headers.get("Location"), body: await response.text() }).toEqual({
      status: 201,
      location: `/provider/spaces/${space.spaceId}`,
      body: "",
    });
    const read = (await (await callAs(space.ownerToken, "GET", `/spaces/${space.spaceId}`)).json()) as Record<string, unknown>;
    expect(read).toMatchObject({ providers: { [provider.providerId]: 5000000 }, providersSupports: { [provider.providerId]: 5000000 } });
    expect(await (await callAs(provider.token, "GET", "/provider/spaces")).json()).toEqual({ spaces: [space.spaceId] });
  });

  it("lets a second provider support a space that already has one", async () => {
    const space = await ownedSpace();
    const first = await registerProvider();
    const second = await registerProvider();
    await supported(space, first, 10);
    await supported(space, second, 20);
    const providers = await (await callAs(space.ownerToken, "GET", `/spaces/${space.spaceId}/providers`)).json();
    expect(providers).toEqual({ providers: [first.providerId, second.providerId] });
  });

  it("answers 201 and changes nothing for a provider already supporting the space", async () => {
    const space = await ownedSpace();
    const provider = await registerProvider();
    await supported(space, provider, 10);
    await supported(space, provider, 999);
    const read = (await (await callAs(space.ownerToken, "GET", `/spaces/${space.spaceId}`)).json()) as { providers: Record<string, number> };
    expect(read.providers).toEqual({ [provider.providerId]: 10 });
  });

  it("refuses a spent token, a token for a deleted space and a malformed size with 400", async () => {
    const space = await ownedSpace();
    const provider = await registerProvider();
    const token = await supportToken(space.ownerToken, space.spaceId);
    await expectApiError(await callAs(provider.token, "POST", "/provider/spaces/support", { token, size: 0 }), 400, "invalid_request");
    expect(await countRows("spent_tokens", "jti", String(decodeJwt(token).jti))).toBe(0);
    expect((await callAs(provider.token, "POST", "/provider/spaces/support", { token, size: 1 })).status).toBe(201);
    const other = await registerProvider();
    await expectApiError(await callAs(other.token, "POST", "/provider/spaces/support", { token }), 400, "invalid_token");
    const doomed = await ownedSpace();
    const orphan = await supportToken(doomed.ownerToken, doomed.spaceId);
    expect((await callAs(doomed.ownerToken, "DELETE", `/spaces/${doomed.spaceId}`)).status).toBe(204);
    await expectApiError(await callAs(other.token, "POST", "/provider/spaces/support", { token: orphan }), 400, "invalid_token");
  });

  it("refuses a user with 403 forbidden, leaving the token unspent", async () => {
    const space = await ownedSpace();
    const token = await supportToken(space.ownerToken, space.spaceId);
    await expectApiError(await callAs(space.ownerToken, "POST", "/provider/spaces/support", { token }), 403, "forbidden");
    expect(await countRows("spent_tokens", "jti", String(decodeJwt(token).jti))).toBe(0);
  });

  it("lets exactly one of two providers racing with one support token support the space", async () => {
    for (let round = 0; round < 5; round++) {
      const space = await ownedSpace();
      const token = await supportToken(space.ownerToken, space.spaceId);
      const [a, b] = [await registerProvider(), await registerProvider()];
      const responses = await Promise.all([a, b].map((provider) => callAs(provider.token, "POST", "/provider/spaces/support", { token })));
      expect(responses.map((response) => response.status).sort()).toEqual([201, 400]);
      const providers = (await (await callAs(space.ownerToken, "GET", `/spaces/${space.spaceId}/providers`)).json()) as { providers: string[] };
      expect(providers.providers).toHaveLength(1);
    }
  });
});

describe("GET /spaces/{id}/providers/{pid}", () => {
  it("shows a supporting provider to a member holding space_view_data and to that provider", async () => {
    const space = await ownedSpace();
    const provider = await registerProvider("Storage-A");
    await supported(space, provider);
    const member = await joinedMember(space);
    for (const token of [member.token, provider.token]) {
      const response = await callAs(token, "GET", `/spaces/${space.spaceId}/providers/${provider.providerId}`);
      expect(await response.json()).toEqual({ providerId: provider.providerId, name: "Storage-A" });
    }
  });

  it("answers 404 for a provider that does not support the space, 403 to another supporting provider, 404 to a stranger", async () => {
    const space = await ownedSpace();
    const [first, second, stranger] = [await registerProvider(), await registerProvider(), await registerProvider()];
    await supported(space, first);
    await supported(space, second);
    await expectApiError(await callAs(space.ownerToken, "GET", `/spaces/${space.spaceId}/providers/${stranger.providerId}`), 404, "not_found");
    await expectApiError(await callAs(second.token, "GET", `/spaces/${space.spaceId}/providers/${first.providerId}`), 403, "forbidden");
    await expectApiError(await callAs(stranger.token, "GET", `/spaces/${space.spaceId}/providers/${first.providerId}`), 404, "not_found");
  });
});

describe("DELETE /spaces/{id}/providers/{pid}", () => {
  it.each(BASES)("lets a member holding space_remove_provider end a support, at %j", async (base) => {
    const space = await ownedSpace();
    const provider = await registerProvider();
    await supported(space, provider);
    expect((await callAs(space.ownerToken, "DELETE", `${base}/spaces/${space.spaceId}/providers/${provider.providerId}`)).status).toBe(204);
    expect(await (await callAs(provider.token, "GET", "/provider/spaces")).json()).toEqual({ spaces: [] });
    await expectApiError(await callAs(provider.token, "GET", `/provider/spaces/${space.spaceId}`), 404, "not_found");
  });

  it("refuses a member without space_remove_provider with 403, and 404 for a provider not supporting it", async () => {
    const space = await ownedSpace();
    const provider = await registerProvider();
    await supported(space, provider);
    const member = await joinedMember(space);
    await expectApiError(await callAs(member.token, "DELETE", `/spaces/${space.spaceId}/providers/${provider.providerId}`), 403, "forbidden");
    const other = await registerProvider();
    await expectApiError(await callAs(space.ownerToken, "DELETE", `/spaces/${space.spaceId}/providers/${other.providerId}`), 404, "not_found");
  });
});

describe("GET and DELETE /provider/spaces/{id}", () => {
  it.each(BASES)("shows a supporting provider the space, and lets it stop supporting, at %j", async (base) => {
    const space = await ownedSpace("Supported");
    const provider = await registerProvider();
    await supported(space, provider, 77);
    const read = await callAs(provider.token, "GET", `${base}/provider/spaces/${space.spaceId}`);
    expect(await read.json()).toMatchObject({ spaceId: space.spaceId, name: "Supported", providersSupports: { [provider.providerId]: 77 } });
    expect((await callAs(provider.token, "DELETE", `${base}/provider/spaces/${space.spaceId}`)).status).toBe(204);
    await expectApiError(await callAs(provider.token, "DELETE", `${base}/provider/spaces/${space.spaceId}`), 404, "not_found");
    expect(((await (await callAs(space.ownerToken, "GET", `/spaces/${space.spaceId}`)).json()) as { providers: object }).providers).toEqual({});
  });

  it("answers 404 to a provider that does not support the space and 403 to a user", async () => {
    const space = await ownedSpace();
    const provider = await registerProvider();
    await expectApiError(await callAs(provider.token, "GET", `/provider/spaces/${space.spaceId}`), 404, "not_found");
    await expectApiError(await callAs(space.ownerToken, "GET", `/provider/spaces/${space.spaceId}`), 403, "forbidden");
    await expectApiError(await callAs(space.ownerToken, "DELETE", `/provider/spaces/${space.spaceId}`), 403, "forbidden");
  });

  it("drops a revoked provider's supports with its registration", async () => {
    const space = await ownedSpace();
    const provider = await registerProvider();
    await supported(space, provider);
    expect((await callAs(await adminToken(), "DELETE", `/providers/${provider.providerId}`)).status).toBe(204);
    expect(((await (await callAs(space.ownerToken, "GET", `/spaces/${space.spaceId}`)).json()) as { providers: object }).providers).toEqual({});
  });
});
