import { describe, expect, it } from "vitest";
import { callAs, uniqueUser } from "../support/api";
import { userToken } from "../support/tokens";
import { expectApiError } from "../support/expectApiError";
import { registerProvider } from "../support/providers";
import { joinedMember, ownedSpace } from "../support/spaces";

const BASES = ["", "/api/v3/onezone"];

/** What `GET /user/spaces` holds when it has no `default` key at all (Onezone 3.0 types it as a string, never null). */
const ABSENT = "(absent)";

/** The default space as both reads tell it: `GET /user/spaces/default` and the `default` of `GET /user/spaces`. */
async function defaultOf(token: string): Promise<{ spaceId: string | null; listed: unknown }> {
  const read = await callAs(token, "GET", "/user/spaces/default");
  expect({ status: read.status, cacheControl: read.headers.get("Cache-Control") }).toEqual({ status: 200, cacheControl: "no-store" });
  const { spaceId } = (await read.json()) as { spaceId: string | null };
  const list = (await (await callAs(token, "GET", "/user/spaces")).json()) as Record<string, unknown>;
  return { spaceId, listed: Object.hasOwn(list, "default") ? list.default : ABSENT };
}

describe("GET and PUT /user/spaces/default", () => {
  it.each(BASES)("is null (and absent from the list) at first, then the space the user set, in both reads, at %j", async (base) => {
    const space = await ownedSpace();
    expect(await defaultOf(space.ownerToken)).toEqual({ spaceId: null, listed: ABSENT });
    const set = await callAs(space.ownerToken, "PUT", `${base}/user/spaces/default`, { spaceId: space.spaceId });
    expect(set.status).toBe(204);
    expect(await defaultOf(space.ownerToken)).toEqual({ spaceId: space.spaceId, listed: space.spaceId });
  });

  it("clears with null", async () => {
    const space = await ownedSpace();
    await callAs(space.ownerToken, "PUT", "/user/spaces/default", { spaceId: space.spaceId });
    expect((await callAs(space.ownerToken, "PUT", "/user/spaces/default", { spaceId: null })).status).toBe(204);
    expect(await defaultOf(space.ownerToken)).toEqual({ spaceId: null, listed: ABSENT });
  });

  it("refuses a space the user is not a member of with 404, keeping the old default", async () => {
    const mine = await ownedSpace();
    const theirs = await ownedSpace();
    await callAs(mine.ownerToken, "PUT", "/user/spaces/default", { spaceId: mine.spaceId });
    await expectApiError(await callAs(mine.ownerToken, "PUT", "/user/spaces/default", { spaceId: theirs.spaceId }), 404, "not_found");
    await expectApiError(await callAs(mine.ownerToken, "PUT", "/user/spaces/default", { spaceId: "f".repeat(32) }), 404, "not_found");
    expect(await defaultOf(mine.ownerToken)).toEqual({ spaceId: mine.spaceId, listed: mine.spaceId });
  });

  it.each([
    ["no spaceId", {}],
    ["a malformed id", { spaceId: "nope" }],
    ["a number", { spaceId: 5 }],
  ])("refuses %s with 400 invalid_request", async (_label, body) => {
    await expectApiError(await callAs(await userToken(uniqueUser()), "PUT", "/user/spaces/default", body), 400, "invalid_request");
  });

  it("is cleared when the user leaves, is removed from, or loses the space", async () => {
    const space = await ownedSpace();
    const leaver = await joinedMember(space);
    const removed = await joinedMember(space);
    for (const member of [leaver, removed, { token: space.ownerToken }]) {
      expect((await callAs(member.token, "PUT", "/user/spaces/default", { spaceId: space.spaceId })).status).toBe(204);
    }
    expect((await callAs(leaver.token, "DELETE", `/user/spaces/${space.spaceId}`)).status).toBe(204);
    expect((await callAs(space.ownerToken, "DELETE", `/spaces/${space.spaceId}/users/${removed.user}`)).status).toBe(204);
    expect((await callAs(space.ownerToken, "DELETE", `/spaces/${space.spaceId}`)).status).toBe(204);
    for (const token of [leaver.token, removed.token, space.ownerToken]) {
      expect(await defaultOf(token)).toEqual({ spaceId: null, listed: ABSENT });
    }
  });

  it("refuses a provider with 403 forbidden", async () => {
    const provider = await registerProvider();
    await expectApiError(await callAs(provider.token, "GET", "/user/spaces/default"), 403, "forbidden");
    await expectApiError(await callAs(provider.token, "PUT", "/user/spaces/default", { spaceId: null }), 403, "forbidden");
  });
});
