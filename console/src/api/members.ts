import type { paths } from "../../../client/spacegate";
import { type SpacegateApi, unwrap } from "./client";

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

export interface Member {
  readonly userId: string;
  readonly name: string;
  readonly privileges: readonly Privilege[];
}

/** The space's members, oldest first, with their names and privileges. */
export async function listMembers(api: SpacegateApi, spaceId: string): Promise<Member[]> {
  const { users } = await unwrap(api.GET("/spaces/{id}/users", { params: { path: { id: spaceId } } }));
  return Promise.all(
    users.map(async (userId) => {
      const path = { id: spaceId, uid: userId };
      const [user, { privileges }] = await Promise.all([
        unwrap(api.GET("/spaces/{id}/users/{uid}", { params: { path } })),
        unwrap(api.GET("/spaces/{id}/users/{uid}/privileges", { params: { path } })),
      ]);
      return { userId, name: user.name, privileges };
    }),
  );
}

/** One member's privileges (the caller's own, say). */
export async function readPrivileges(api: SpacegateApi, spaceId: string, userId: string): Promise<Privilege[]> {
  const { privileges } = await unwrap(api.GET("/spaces/{id}/users/{uid}/privileges", { params: { path: { id: spaceId, uid: userId } } }));
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
export async function joinSpace(api: SpacegateApi, token: string): Promise<string> {
  const result = await api.POST("/user/spaces/join", { body: { token }, parseAs: "text" });
  await unwrap(Promise.resolve(result));
  return result.response.headers.get("Location")?.split("/").pop() ?? "";
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
