import { expect } from "vitest";
import { callAs, spaceIdFrom, uniqueUser } from "../../support/api";
import { groupChain, groupInviteToken, groupJoinsSpace, groupNestToken, joinedGroupUser, ownedGroup, spaceGroupInviteToken } from "../../support/groups";
import { adminToken, registerProvider, spaceCreateToken } from "../../support/providers";
import { inviteToken, joinedMember, ownedSpace, supportToken } from "../../support/spaces";
import { userToken } from "../../support/tokens";

/*
 * The round trips per operation, declared once for every engine: the D1 suites
 * (test/perf/roundTrips*.test.ts, counting D1 calls) and the PostgreSQL suite
 * (test/postgres/roundTrips.pg.ts, counting on the socket) run these same cases
 * and assert the same numbers. Each builder makes its fixtures through the
 * real API first, then answers its requests in the order they must be sent.
 */

/** One request, the status it must answer and the round trips it may cost; `check` looks at the answer further. */
export interface RoundTripCase {
  readonly token: string;
  readonly method: string;
  readonly path: string;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  readonly status: number;
  readonly trips: number;
  readonly check?: (response: Response) => unknown;
}

/** What one request cost on the engine under test; `detail` says what the round trips were, when known. */
export type Measure = (path: string, init: RequestInit) => Promise<{ response: Response; trips: number; detail?: readonly string[] }>;

/** Sends each case in order through `measure` and asserts its status and round trips, then its own check. */
export async function expectRoundTrips(cases: readonly RoundTripCase[], measure: Measure): Promise<void> {
  for (const { token, method, path, body, headers = {}, status, trips, check } of cases) {
    const request = `${method} ${path}`;
    const all: Record<string, string> = { "X-Auth-Token": token, ...headers };
    if (body !== undefined) all["Content-Type"] = "application/json";
    const measured = await measure(path, { method, headers: all, body: body === undefined ? undefined : JSON.stringify(body) });
    expect({ request, status: measured.response.status, trips: measured.trips }, measured.detail?.join("\n")).toEqual({ request, status, trips });
    await check?.(measured.response);
  }
}

/** Creating and reading spaces: one round trip each, a provider's create included (its registration is checked in the batch). */
export async function spaceCases(): Promise<RoundTripCase[]> {
  const creator = await userToken(uniqueUser());
  const provider = await registerProvider();
  const revoked = await registerProvider();
  expect((await callAs(await adminToken(), "DELETE", `/providers/${revoked.providerId}`)).status).toBe(204);
  const reader = await userToken(uniqueUser());
  const spaceId = spaceIdFrom(await callAs(reader, "POST", "/spaces", { name: "Read me" }));
  return [
    { token: creator, method: "POST", path: "/spaces", body: { name: "One trip" }, status: 201, trips: 1 },
    { token: provider.token, method: "POST", path: "/spaces", body: { token: await spaceCreateToken(creator), size: 1024 }, status: 201, trips: 1 },
    // A revoked provider is refused in that same one round trip.
    { token: revoked.token, method: "POST", path: "/provider/spaces", body: { token: await spaceCreateToken(creator) }, status: 401, trips: 1 },
    {
      token: reader, method: "GET", path: `/spaces/${spaceId}`, status: 200, trips: 1,
      check: async (response) => expect(await response.json()).toMatchObject({ spaceId, name: "Read me" }),
    },
    {
      token: reader, method: "GET", path: "/user/spaces", status: 200, trips: 1,
      check: async (response) => expect(await response.json()).toEqual({ spaces: [spaceId] }),
    },
  ];
}

/** A create and its replay with the same `Idempotency-Key`: the replay answers the first space in one round trip too. */
export async function replayCases(asProvider: boolean): Promise<RoundTripCase[]> {
  const user = await userToken(uniqueUser());
  const token = asProvider ? (await registerProvider()).token : user;
  const body = asProvider ? { token: await spaceCreateToken(user) } : { name: "Once" };
  const headers = { "Idempotency-Key": crypto.randomUUID() };
  let location: string | null = null;
  return [
    { token, method: "POST", path: "/spaces", body, headers, status: 201, trips: 1, check: (response) => (location = response.headers.get("Location")) },
    {
      token, method: "POST", path: "/spaces", body, headers, status: 201, trips: 1,
      check: (response) => {
        expect(response.headers.get("Location")).toBe(location);
        expect(response.headers.get("Idempotent-Replayed")).toBe("true");
      },
    },
  ];
}

type Row = [token: string, method: string, path: string, body: unknown, status: number, trips?: number];
const rows = (list: readonly Row[]): RoundTripCase[] =>
  list.map(([token, method, path, body, status, trips = 1]) => ({ token, method, path, body, status, trips }));

/** Every user operation on members, invitations, defaults and the admin's list: one round trip each. */
export async function memberCases(): Promise<RoundTripCase[]> {
  const space = await ownedSpace();
  const member = await joinedMember(space);
  const strangerToken = await userToken(uniqueUser());
  const invite = await inviteToken(space.ownerToken, space.spaceId);
  const owner = space.ownerToken;
  const id = space.spaceId;
  return rows([
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
  ]);
}

/** A provider's operations: two round trips each (the registration check, then the operation), but create, whose batch checks it. */
export async function providerCases(): Promise<RoundTripCase[]> {
  const space = await ownedSpace();
  const provider = await registerProvider();
  const token = await supportToken(space.ownerToken, space.spaceId);
  const creationToken = await spaceCreateToken(space.ownerToken);
  const id = space.spaceId;
  const p = provider.token;
  return rows([
    [p, "POST", "/provider/spaces/support", { token, size: 10 }, 201, 2],
    [p, "GET", `/provider/spaces/${id}`, undefined, 200, 2],
    [p, "GET", `/spaces/${id}/providers/${provider.providerId}`, undefined, 200, 2],
    [p, "DELETE", `/provider/spaces/${id}`, undefined, 204, 2],
    [p, "POST", "/provider/spaces", { token: creationToken }, 201, 1],
  ]);
}

/** A member ending a provider's support: one round trip. */
export async function supportEndCases(): Promise<RoundTripCase[]> {
  const space = await ownedSpace();
  const provider = await registerProvider();
  const support = await callAs(provider.token, "POST", "/provider/spaces/support", { token: await supportToken(space.ownerToken, space.spaceId) });
  expect(support.status).toBe(201);
  return rows([[space.ownerToken, "DELETE", `/spaces/${space.spaceId}/providers/${provider.providerId}`, undefined, 204]]);
}

/** Every group, group user and nesting operation: one round trip each, the effective-privilege walk included. */
export async function groupCases(): Promise<RoundTripCase[]> {
  const [child, parent] = await groupChain(2);
  const group = parent!;
  const member = await joinedGroupUser(group);
  const joiner = await userToken(uniqueUser());
  const owner = group.ownerToken;
  const id = group.groupId;
  const nestToken = await groupNestToken(owner, id);
  const fresh = await ownedGroup("Fresh", { user: group.owner, token: owner });
  return rows([
    [owner, "POST", "/groups", { name: "Counted" }, 201],
    [owner, "POST", "/user/groups", { name: "Counted" }, 201],
    [owner, "GET", `/groups/${id}`, undefined, 200],
    [owner, "GET", `/user/groups/${id}`, undefined, 200],
    [owner, "PATCH", `/groups/${id}`, { name: "Recounted" }, 204],
    [owner, "GET", "/user/groups", undefined, 200],
    [owner, "GET", "/user/effective_groups", undefined, 200],
    [owner, "GET", `/groups/${id}/users/token`, undefined, 200],
    [joiner, "POST", "/user/groups/join", { token: await groupInviteToken(owner, id) }, 201],
    [owner, "GET", `/groups/${id}/users`, undefined, 200],
    [owner, "GET", `/groups/${id}/effective_users`, undefined, 200],
    [owner, "GET", `/groups/${id}/users/${member.user}`, undefined, 200],
    [owner, "GET", `/groups/${id}/effective_users/${child!.owner}`, undefined, 200],
    [owner, "GET", `/groups/${id}/users/${member.user}/privileges`, undefined, 200],
    [owner, "PUT", `/groups/${id}/users/${member.user}/privileges`, { privileges: ["group_view_data", "group_invite_user"] }, 204],
    [owner, "GET", `/groups/${id}/effective_users/${member.user}/privileges`, undefined, 200],
    [owner, "PUT", `/groups/${id}/users/${group.owner}/privileges`, { privileges: ["group_view_data"] }, 409],
    [owner, "DELETE", `/groups/${id}/users/${member.user}`, undefined, 204],
    [owner, "GET", `/groups/${id}/nested/token`, undefined, 200],
    [owner, "POST", `/groups/${fresh.groupId}/nested/join`, { token: nestToken }, 201],
    [owner, "GET", `/groups/${id}/nested`, undefined, 200],
    [owner, "GET", `/groups/${child!.groupId}/parent`, undefined, 200],
    [owner, "GET", `/groups/${id}/nested/${child!.groupId}`, undefined, 200],
    [owner, "GET", `/groups/${child!.groupId}/parent/${id}`, undefined, 200],
    [owner, "GET", `/groups/${id}/nested/${child!.groupId}/privileges`, undefined, 200],
    [owner, "PUT", `/groups/${id}/nested/${child!.groupId}/privileges`, { privileges: ["group_view_data"] }, 204],
    [owner, "DELETE", `/groups/${id}/nested/${child!.groupId}`, undefined, 204],
    [joiner, "DELETE", `/user/groups/${id}`, undefined, 204],
    [owner, "DELETE", `/groups/${fresh.groupId}`, undefined, 204],
    [await adminToken(), "GET", "/groups?limit=5", undefined, 200],
  ]);
}

/** Every operation on groups in spaces: one round trip each. */
export async function groupInSpaceCases(): Promise<RoundTripCase[]> {
  const space = await ownedSpace();
  const group = await ownedGroup();
  const other = await ownedGroup("Other", { user: group.owner, token: group.ownerToken });
  await groupJoinsSpace(other, space.spaceId, space.ownerToken);
  const id = space.spaceId;
  const gid = other.groupId;
  const so = space.ownerToken;
  return rows([
    [so, "GET", `/spaces/${id}/groups/token`, undefined, 200],
    [group.ownerToken, "POST", `/groups/${group.groupId}/spaces/join`, { token: await spaceGroupInviteToken(so, id) }, 201],
    [so, "GET", `/spaces/${id}/groups`, undefined, 200],
    [so, "GET", `/spaces/${id}/groups/${gid}`, undefined, 200],
    [so, "GET", `/spaces/${id}/groups/${gid}/privileges`, undefined, 200],
    [so, "PUT", `/spaces/${id}/groups/${gid}/privileges`, { privileges: ["space_view_data"] }, 204],
    [so, "GET", `/spaces/${id}/effective_users`, undefined, 200],
    [so, "GET", `/spaces/${id}/effective_users/${other.owner}/privileges`, undefined, 200],
    [other.ownerToken, "GET", `/groups/${gid}/spaces`, undefined, 200],
    [other.ownerToken, "GET", `/groups/${gid}/spaces/${id}`, undefined, 200],
    [other.ownerToken, "GET", "/user/effective_spaces", undefined, 200],
    [other.ownerToken, "DELETE", `/groups/${gid}/spaces/${id}`, undefined, 204],
    [so, "DELETE", `/spaces/${id}/groups/${group.groupId}`, undefined, 204],
    [group.ownerToken, "POST", `/groups/${group.groupId}/spaces`, { name: "Group made" }, 201],
    [group.ownerToken, "GET", `/groups/${group.groupId}/spaces/token`, undefined, 200],
  ]);
}

/** A member through a 10-level group chain, on the space routes: one round trip each, whatever the depth. */
export async function groupChainCases(): Promise<RoundTripCase[]> {
  const space = await ownedSpace();
  const chain = await groupChain(10);
  const user = await joinedGroupUser(chain[0]!);
  await groupJoinsSpace(chain.at(-1)!, space.spaceId, space.ownerToken, ["space_view_data", "space_change_data", "space_invite_user"]);
  const id = space.spaceId;
  const t = user.token;
  return rows([
    [t, "GET", `/spaces/${id}`, undefined, 200],
    [t, "GET", `/user/spaces/${id}`, undefined, 200],
    [t, "PATCH", `/spaces/${id}`, { name: "Renamed through groups" }, 204],
    [t, "GET", `/spaces/${id}/users`, undefined, 200],
    [t, "GET", `/spaces/${id}/users/token`, undefined, 200],
    [t, "GET", `/spaces/${id}/providers/token`, undefined, 403],
    [t, "DELETE", `/spaces/${id}`, undefined, 403],
  ]);
}
