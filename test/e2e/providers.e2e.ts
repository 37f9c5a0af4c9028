import { describe, expect, it } from "vitest";
import { adminToken, creationToken, expectError, hostName, newUser, registerProvider, send } from "./support/api.ts";

describe(`providers, on ${hostName}`, () => {
  it("the admin registers, reads and deletes a provider; its token stops working at once", async () => {
    const admin = await adminToken();
    const registered = await send("POST", "/providers", { token: admin, body: { name: "Registered" } });
    expect(registered.status).toBe(201);
    const { providerId, token } = await registered.json();
    expect(registered.headers.get("location")).toBe(`/providers/${providerId}`);
    for (const reader of [admin, token]) {
      const read = await send("GET", `/providers/${providerId}`, { token: reader });
      expect(read.status).toBe(200);
      expect(await read.json()).toEqual({ providerId, name: "Registered" });
    }
    await expectError(await send("POST", "/providers", { token: await newUser(), body: { name: "Nope" } }), 403, "forbidden");
    expect((await send("DELETE", `/providers/${providerId}`, { token: admin })).status).toBe(204);
    await expectError(await send("GET", "/provider/spaces", { token }), 401, "invalid_token");
    await expectError(await send("GET", `/providers/${providerId}`, { token: admin }), 404, "not_found");
  });

  it("the provider flow: token, redeem once, read with support", async () => {
    const user = await newUser("e2e-owner");
    const { providerId, token: providerToken } = await registerProvider();
    const issued = await send("GET", "/user/spaces/token", { token: user });
    expect(issued.status).toBe(200);
    expect(issued.headers.get("cache-control")).toBe("no-store");
    const { token: createToken } = await issued.json();

    const created = await send("POST", "/spaces", { token: providerToken, body: { name: "Provided", token: createToken, size: "1048576" } });
    expect(created.status).toBe(201);
    const location = created.headers.get("location")!;
    await expectError(await send("POST", "/spaces", { token: providerToken, body: { name: "Provided", token: createToken } }), 400, "invalid_token");

    const asOwner = await (await send("GET", location, { token: user })).json();
    expect(asOwner.providers).toEqual({ [providerId]: 1048576 });
    expect(asOwner.creator).toEqual({ type: "provider", id: providerId });
    expect((await send("GET", location, { token: providerToken })).status).toBe(200);
    expect((await (await send("GET", "/provider/spaces", { token: providerToken })).json()).spaces).toEqual([asOwner.spaceId]);
    expect(await (await send("GET", `${location}/providers`, { token: user })).json()).toEqual({ providers: [providerId] });
    expect((await (await send("GET", "/user/spaces", { token: user })).json()).spaces).toEqual([asOwner.spaceId]);
  });

  it("a creation token bound to one provider is refused to another (403)", async () => {
    const user = await newUser("e2e-bound");
    const bound = await registerProvider("Bound");
    const other = await registerProvider("Other");
    const createToken = await creationToken(user, bound.providerId);
    await expectError(await send("POST", "/spaces", { token: other.token, body: { token: createToken } }), 403, "forbidden");
    expect((await send("POST", "/spaces", { token: bound.token, body: { token: createToken } })).status).toBe(201);
  });
});
