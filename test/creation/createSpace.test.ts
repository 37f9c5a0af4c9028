import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { call, callAs, spaceIdFrom, uniqueUser } from "../support/api";
import { userToken, nowSeconds } from "../support/tokens";
import { expectApiError, expectSpaceCreated } from "../support/expectApiError";
import { ALL_SPACE_PRIVILEGES } from "../support/expectedPrivileges";

interface SpaceDetails {
  spaceId: string;
  name: string;
  providers: Record<string, number | null>;
  creator: { type: string; id: string };
  creationTime: number;
}

async function readBack(token: string, spaceId: string): Promise<SpaceDetails> {
  const read = await callAs(token, "GET", `/spaces/${spaceId}`);
  expect(read.status).toBe(200);
  return (await read.json()) as SpaceDetails;
}

describe("POST /spaces by a user", () => {
  it.each(["/spaces", "/api/v3/onezone/spaces"])("creates a space at %s: 201, Location, empty body", async (path) => {
    const response = await callAs(await userToken(uniqueUser()), "POST", path, { name: "Based" });
    await expectSpaceCreated(response);
  });

  it.each(["/spaces", "/api/v3/onezone/spaces"])("a space created at %s reads back at both base paths", async (path) => {
    const token = await userToken(uniqueUser());
    const spaceId = spaceIdFrom(await callAs(token, "POST", path, { name: "Everywhere" }));
    for (const base of ["", "/api/v3/onezone"]) {
      const read = await callAs(token, "GET", `${base}/spaces/${spaceId}`);
      expect(read.status).toBe(200);
      expect(await read.json()).toMatchObject({ spaceId, name: "Everywhere" });
    }
  });

  it("reads back as {spaceId, name, providers, creator, creationTime} with the caller as creator", async () => {
    const user = uniqueUser();
    const token = await userToken(user);
    const before = nowSeconds();
    const spaceId = spaceIdFrom(await callAs(token, "POST", "/spaces", { name: "Read Back" }));
    const space = await readBack(token, spaceId);
    expect(space).toEqual({
      spaceId,
      name: "Read Back",
      canonicalName: "Read Back",
      providers: {},
      providersSupports: {},
      creator: { type: "user", id: user },
      creationTime: expect.any(Number),
    });
    expect(space.creationTime).toBeGreaterThanOrEqual(before - 1);
    expect(space.creationTime).toBeLessThanOrEqual(nowSeconds() + 1);
  });

  it.each([
    ["no body", undefined],
    ["an empty object", {}],
    ["only unknown keys", { description: "ignored", size: 10 }],
  ])("names the space 'Unnamed space' given %s", async (_label, body) => {
    const token = await userToken(uniqueUser());
    const spaceId = spaceIdFrom(await callAs(token, "POST", "/spaces", body));
    expect((await readBack(token, spaceId)).name).toBe("Unnamed space");
  });

  it("ignores unknown keys next to a name", async () => {
    const token = await userToken(uniqueUser());
    const spaceId = spaceIdFrom(await callAs(token, "POST", "/spaces", { name: "Kept", colour: "blue" }));
    expect((await readBack(token, spaceId)).name).toBe("Kept");
  });

  it.each([["a string token", "some-token"], ["an empty token", ""], ["a null token", null]])(
    "refuses %s in the body of a user's request with 400 invalid_request",
    async (_label, token) => {
      const user = uniqueUser();
      const response = await callAs(await userToken(user), "POST", "/spaces", { name: "Tokened", token });
      await expectApiError(response, 400, "invalid_request");
      const listed = await callAs(await userToken(user), "GET", "/user/spaces");
      expect(await listed.json()).toEqual({ spaces: [] });
    },
  );

  it("stores the owner's membership with all ten space privileges", async () => {
    const user = uniqueUser();
    const spaceId = spaceIdFrom(await callAs(await userToken(user), "POST", "/spaces", { name: "Privileged" }));
    const row = await env.DB.prepare("SELECT privileges FROM space_members WHERE space_id = ? AND user_id = ?")
      .bind(spaceId, user)
      .first<{ privileges: string }>();
    expect(row).not.toBeNull();
    const privileges = JSON.parse(row!.privileges) as string[];
    expect(privileges).toHaveLength(10);
    expect([...privileges].sort()).toEqual([...ALL_SPACE_PRIVILEGES].sort());
  });

  it("stores exactly one space row and one membership row per create", async () => {
    const user = uniqueUser();
    const spaceId = spaceIdFrom(await callAs(await userToken(user), "POST", "/spaces", { name: "Single" }));
    const spaces = await env.DB.prepare("SELECT id, name, creator_type, creator_id FROM spaces WHERE creator_id = ?")
      .bind(user)
      .all();
    expect(spaces.results).toEqual([{ id: spaceId, name: "Single", creator_type: "user", creator_id: user }]);
    const members = await env.DB.prepare("SELECT space_id, user_id FROM space_members WHERE user_id = ?").bind(user).all();
    expect(members.results).toEqual([{ space_id: spaceId, user_id: user }]);
  });

  it("gives every new space a fresh id, also for the same user and name", async () => {
    const token = await userToken(uniqueUser());
    const ids = new Set<string>();
    for (let i = 0; i < 5; i++) ids.add(spaceIdFrom(await callAs(token, "POST", "/spaces", { name: "Twin" })));
    expect(ids.size).toBe(5);
    const listed = await callAs(token, "GET", "/user/spaces");
    expect(new Set(((await listed.json()) as { spaces: string[] }).spaces)).toEqual(ids);
  });

  it("lets the new space be read by its creator only; another user gets 404", async () => {
    const owner = await userToken(uniqueUser("owner"));
    const stranger = await userToken(uniqueUser("stranger"));
    const spaceId = spaceIdFrom(await callAs(owner, "POST", "/spaces", { name: "Private" }));
    await expectApiError(await callAs(stranger, "GET", `/spaces/${spaceId}`), 404, "not_found");
  });

  it("creates nothing without a token", async () => {
    const before = await env.DB.prepare("SELECT COUNT(*) AS n FROM spaces").first<{ n: number }>();
    const response = await call("/spaces", { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" });
    await expectApiError(response, 401, "unauthorized");
    const after = await env.DB.prepare("SELECT COUNT(*) AS n FROM spaces").first<{ n: number }>();
    expect(after!.n).toBe(before!.n);
  });
});
