import { describe, expect, inject, it } from "vitest";
import { mintUserToken } from "../../scripts/lib/devConfig.mjs";

const baseUrl = inject("baseUrl");
const devConfig = inject("devConfig");

function send(method: string, path: string, token?: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = {};
  if (token) headers["X-Auth-Token"] = token;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  return fetch(`${baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

async function expectError(response: Response, status: number, code: string): Promise<void> {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toBe("application/json");
  const body = await response.json();
  expect(Object.keys(body).sort()).toEqual(["error", "error_description"]);
  expect(body.error).toBe(code);
}

const unique = (prefix: string) => `${prefix}-${crypto.randomUUID()}`;

describe("over HTTP against wrangler dev", () => {
  it("a user creates a space, follows its Location and finds it in their list", async () => {
    const user = await mintUserToken(devConfig, unique("e2e-user"));
    const created = await send("POST", "/spaces", user, { name: "End to end" });
    expect(created.status).toBe(201);
    expect(await created.text()).toBe("");
    const location = created.headers.get("location")!;
    expect(location).toMatch(/^\/spaces\/[0-9a-f]{32}$/);
    const read = await send("GET", location, user);
    expect(read.status).toBe(200);
    const space = await read.json();
    expect(space).toMatchObject({ name: "End to end", providers: {}, creator: { type: "user" } });
    const list = await send("GET", "/api/v3/onezone/user/spaces", user);
    expect((await list.json()).spaces).toEqual([space.spaceId]);
  });

  it("the provider flow: register, token, redeem once, read with support", async () => {
    const admin = await mintUserToken(devConfig, "admin");
    const userId = unique("e2e-owner");
    const user = await mintUserToken(devConfig, userId);
    const registered = await send("POST", "/providers", admin, { name: "E2E provider" });
    expect(registered.status).toBe(201);
    const { providerId, token: providerToken } = await registered.json();

    const issued = await send("GET", "/user/spaces/token", user);
    expect(issued.status).toBe(200);
    expect(issued.headers.get("cache-control")).toBe("no-store");
    const { token: createToken } = await issued.json();

    const created = await send("POST", "/spaces", providerToken, { name: "Provided", token: createToken, size: "1048576" });
    expect(created.status).toBe(201);
    const location = created.headers.get("location")!;
    const again = await send("POST", "/spaces", providerToken, { name: "Provided", token: createToken });
    await expectError(again, 400, "invalid_token");

    const asOwner = await (await send("GET", location, user)).json();
    expect(asOwner.providers).toEqual({ [providerId]: 1048576 });
    expect(asOwner.creator).toEqual({ type: "provider", id: providerId });
    const asProvider = await send("GET", location, providerToken);
    expect(asProvider.status).toBe(200);
    expect((await (await send("GET", "/provider/spaces", providerToken)).json()).spaces).toEqual([asOwner.spaceId]);

    expect((await send("DELETE", `/providers/${providerId}`, admin)).status).toBe(204);
    await expectError(await send("GET", "/provider/spaces", providerToken), 401, "invalid_token");
  });

  it("answers the documented JSON errors", async () => {
    const user = await mintUserToken(devConfig, unique("e2e-errors"));
    const noToken = await send("POST", "/spaces", undefined, {});
    expect(noToken.headers.get("www-authenticate")).toBe("Bearer");
    await expectError(noToken, 401, "unauthorized");
    await expectError(await send("POST", "/spaces", "not.a.jwt", {}), 401, "invalid_token");
    await expectError(await send("POST", "/spaces", user, { name: "." }), 400, "invalid_request");
    await expectError(await send("GET", "/no/such/route", user), 404, "not_found");
    const wrongMethod = await send("PUT", "/spaces", user);
    expect(wrongMethod.headers.get("allow")).toBe("GET, HEAD, POST, OPTIONS");
    await expectError(wrongMethod, 405, "method_not_allowed");
  });
});
