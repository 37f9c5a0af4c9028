import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { callAs, uniqueUser } from "../support/api";
import { userToken } from "../support/tokens";
import { adminToken, registerProvider } from "../support/providers";
import { inviteToken, joinedMember, ownedSpace, supportToken } from "../support/spaces";
import { countingDb } from "../support/countingDb";
import { callWithEnv, requestAs } from "../support/callWithEnv";

/** The D1 round trips one request costs, through the worker's own fetch on a counting D1. */
async function roundTrips(path: string, init: RequestInit): Promise<{ status: number; trips: number }> {
  const counting = countingDb(env.DB);
  const response = await callWithEnv(path, init, { DB: counting.db });
  return { status: response.status, trips: counting.trips.length };
}

// Users' operations cost one round trip; providers' cost one more, the
// registration check that makes revocation immediate (see docs/performance.md, "D1 round trips"),
// except a provider create, whose batch checks the registration itself.
describe("D1 round trips of the members, invitations and support operations", () => {
  it("each user operation costs exactly one round trip", async () => {
    const space = await ownedSpace();
    const member = await joinedMember(space);
    const stranger = uniqueUser();
    const strangerToken = await userToken(stranger);
    const invite = await inviteToken(space.ownerToken, space.spaceId);
    const owner = space.ownerToken;
    const id = space.spaceId;
    const cases: [string, string, string, unknown, number][] = [
      [owner, "GET", `/spaces/${id}/users`, undefined, 200],
      [owner, "GET", `/spaces/${id}/users/${member.user}`, undefined, 200],
      [owner, "GET", `/spaces/${id}/users/${member.user}/privileges`, undefined, 200],
      [owner, "PUT", `/spaces/${id}/users/${member.user}/privileges`, { privileges: ["space_view_data", "space_invite_user"] }, 204],
      [owner, "GET", `/spaces/${id}/users/token`, undefined, 200],
      [owner, "GET", `/spaces/${id}/providers/token`, undefined, 200],
      [strangerToken, "POST", "/user/spaces/join", { token: invite }, 201],
      [strangerToken, "GET", `/user/spaces/${id}`, undefined, 200],
      [strangerToken, "PUT", "/user/spaces/default", { spaceId: id }, 204],
      [strangerToken, "GET", "/user/spaces/default", undefined, 200],
      [strangerToken, "DELETE", `/user/spaces/${id}`, undefined, 204],
      [owner, "DELETE", `/spaces/${id}/users/${member.user}`, undefined, 204],
      [owner, "PUT", `/spaces/${id}/users/${space.owner}/privileges`, { privileges: ["space_view_data"] }, 409],
      [owner, "POST", "/user/spaces", { name: "Three-oh" }, 201],
      [await adminToken(), "GET", "/spaces?limit=5", undefined, 200],
    ];
    for (const [token, method, path, body, status] of cases) {
      expect({ request: `${method} ${path}`, ...(await roundTrips(path, requestAs(token, method, body))) }).toEqual({
        request: `${method} ${path}`,
        status,
        trips: 1,
      });
    }
  });

  it("each provider operation but create costs two round trips: the registration check and the operation; create costs one", async () => {
    const space = await ownedSpace();
    const provider = await registerProvider();
    const token = await supportToken(space.ownerToken, space.spaceId);
    const creationToken = ((await (await callAs(space.ownerToken, "GET", "/user/spaces/token")).json()) as { token: string }).token;
    const id = space.spaceId;
    const cases: [string, string, unknown, number, number?][] = [
      ["POST", "/provider/spaces/support", { token, size: 10 }, 201],
      ["GET", `/provider/spaces/${id}`, undefined, 200],
      ["GET", `/spaces/${id}/providers/${provider.providerId}`, undefined, 200],
      ["DELETE", `/provider/spaces/${id}`, undefined, 204],
      ["POST", "/provider/spaces", { token: creationToken }, 201, 1],
    ];
    for (const [method, path, body, status, trips = 2] of cases) {
      expect({ request: `${method} ${path}`, ...(await roundTrips(path, requestAs(provider.token, method, body))) }).toEqual({
        request: `${method} ${path}`,
        status,
        trips,
      });
    }
  });

  it("a member ending a provider's support costs one round trip", async () => {
    const space = await ownedSpace();
    const provider = await registerProvider();
    const support = await callAs(provider.token, "POST", "/provider/spaces/support", { token: await supportToken(space.ownerToken, space.spaceId) });
    expect(support.status).toBe(201);
    const path = `/spaces/${space.spaceId}/providers/${provider.providerId}`;
    expect(await roundTrips(path, requestAs(space.ownerToken, "DELETE"))).toEqual({ status: 204, trips: 1 });
  });
});
