import { type SpacegateApi, unwrap } from "./client";
import type { GroupWithPrivileges } from "./effective";
import type { Privilege } from "./members";

/** A group that is a member of a space, with its privileges there. */
export type SpaceGroup = GroupWithPrivileges<Privilege>;

/** The space's group members, with their names and their privileges in the space. */
export async function listSpaceGroups(api: SpacegateApi, spaceId: string): Promise<SpaceGroup[]> {
  const { groups } = await unwrap(api.GET("/spaces/{id}/groups", { params: { path: { id: spaceId } } }));
  return Promise.all(
    groups.map(async (gid) => {
      const path = { id: spaceId, gid };
      const [details, { privileges }] = await Promise.all([
        unwrap(api.GET("/spaces/{id}/groups/{gid}", { params: { path } })),
        unwrap(api.GET("/spaces/{id}/groups/{gid}/privileges", { params: { path } })),
      ]);
      return { details, privileges };
    }),
  );
}

/** Replaces a group's privileges in the space; 409 when that would leave nobody who can set privileges. */
export function setSpaceGroupPrivileges(api: SpacegateApi, spaceId: string, gid: string, privileges: Privilege[]): Promise<unknown> {
  return unwrap(api.PUT("/spaces/{id}/groups/{gid}/privileges", { params: { path: { id: spaceId, gid } }, body: { privileges }, parseAs: "text" }));
}

/** A single-use token that lets one group join the space. */
export async function issueSpaceGroupInviteToken(api: SpacegateApi, spaceId: string): Promise<string> {
  const { token } = await unwrap(api.GET("/spaces/{id}/groups/token", { params: { path: { id: spaceId } } }));
  return token;
}

/** The users who reach the space only through groups (not direct members). */
export async function listUsersThroughGroups(api: SpacegateApi, spaceId: string, directUserIds: readonly string[]): Promise<string[]> {
  const { users } = await unwrap(api.GET("/spaces/{id}/effective_users", { params: { path: { id: spaceId } } }));
  const direct = new Set(directUserIds);
  return users.filter((userId) => !direct.has(userId));
}

/** Removes a group from the space; 409 when it is the last member who can set privileges. */
export function removeSpaceGroup(api: SpacegateApi, spaceId: string, gid: string): Promise<unknown> {
  return unwrap(api.DELETE("/spaces/{id}/groups/{gid}", { params: { path: { id: spaceId, gid } }, parseAs: "text" }));
}
