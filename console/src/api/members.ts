import type { paths } from "../../../client/spacegate";
import { createdId, type SpacegateApi, unwrap } from "./client";
import type { UserMember } from "./effective";

type PrivilegesBody = NonNullable<paths["/spaces/{id}/users/{uid}/privileges"]["put"]["requestBody"]>["content"]["application/json"];

/** A space privilege, as the contract names it. */
export type Privilege = PrivilegesBody["privileges"][number];

/**
 * The ten privileges in Onezone's order, in words. Being a Record over the
 * contract's own type, it stops compiling when the contract adds or drops one.
 */
export const PRIVILEGE_LABELS: Readonly<Record<Privilege, string>> = {
  space_invite_user: "Invite users",
  space_remove_user: "Remove users",
  space_invite_group: "Invite groups",
  space_remove_group: "Remove groups",
  space_set_privileges: "Set privileges",
  space_remove: "Delete the space",
  space_add_provider: "Add providers",
  space_remove_provider: "Remove providers",
  space_change_data: "Change data",
  space_view_data: "View data",
};
export const PRIVILEGES = Object.keys(PRIVILEGE_LABELS) as Privilege[];

/** A direct member of a space. */
export type Member = UserMember<Privilege>;

/** The space's direct members, oldest first, with their names, their own privileges and their effective ones. */
export async function listMembers(api: SpacegateApi, spaceId: string): Promise<Member[]> {
  const { users } = await unwrap(api.GET("/spaces/{id}/users", { params: { path: { id: spaceId } } }));
  return Promise.all(
    users.map(async (userId) => {
      const path = { id: spaceId, uid: userId };
      const [user, { privileges }, effective] = await Promise.all([
        unwrap(api.GET("/spaces/{id}/users/{uid}", { params: { path } })),
        unwrap(api.GET("/spaces/{id}/users/{uid}/privileges", { params: { path } })),
        readEffectivePrivileges(api, spaceId, userId),
      ]);
      return { userId, name: user.name, privileges, effective };
    }),
  );
}

/** A member's effective privileges in the space: their own and those of every group through which they reach it. */
export async function readEffectivePrivileges(api: SpacegateApi, spaceId: string, userId: string): Promise<Privilege[]> {
  const path = { id: spaceId, uid: userId };
  const { privileges } = await unwrap(api.GET("/spaces/{id}/effective_users/{uid}/privileges", { params: { path } }));
  return privileges;
}

/** Replaces a member's privileges; 409 when that would leave nobody who can set privileges. */
export function setPrivileges(api: SpacegateApi, spaceId: string, userId: string, privileges: Privilege[]): Promise<unknown> {
  return unwrap(
    api.PUT("/spaces/{id}/users/{uid}/privileges", { params: { path: { id: spaceId, uid: userId } }, body: { privileges }, parseAs: "text" }),
  );
}

export function removeMember(api: SpacegateApi, spaceId: string, userId: string): Promise<unknown> {
  return unwrap(api.DELETE("/spaces/{id}/users/{uid}", { params: { path: { id: spaceId, uid: userId } }, parseAs: "text" }));
}

/** A single-use invite token for the space. */
export async function issueInviteToken(api: SpacegateApi, spaceId: string): Promise<string> {
  const { token } = await unwrap(api.GET("/spaces/{id}/users/token", { params: { path: { id: spaceId } } }));
  return token;
}

/** Joins the space an invite token is for; resolves to its id (from `Location`). */
export function joinSpace(api: SpacegateApi, token: string): Promise<string> {
  return createdId(api.POST("/user/spaces/join", { body: { token }, parseAs: "text" }));
}

/** The caller leaves the space; 409 when they are its last member who can set privileges. */
export function leaveSpace(api: SpacegateApi, spaceId: string): Promise<unknown> {
  return unwrap(api.DELETE("/user/spaces/{id}", { params: { path: { id: spaceId } }, parseAs: "text" }));
}

export function setDefaultSpace(api: SpacegateApi, spaceId: string): Promise<unknown> {
  return unwrap(api.PUT("/user/spaces/default", { body: { spaceId }, parseAs: "text" }));
}

/** A single-use support token: a provider redeems it to support the space with storage. */
export async function issueSupportToken(api: SpacegateApi, spaceId: string): Promise<string> {
  const { token } = await unwrap(api.GET("/spaces/{id}/providers/token", { params: { path: { id: spaceId } } }));
  return token;
}

/** The caller's default space, or null. */
export async function readDefaultSpace(api: SpacegateApi): Promise<string | null> {
  const { spaceId } = await unwrap(api.GET("/user/spaces/default"));
  return spaceId ?? null;
}
