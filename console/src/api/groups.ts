import type { components } from "../../../client/spacegate";
import { createdId, hiddenWhenForbidden, type SpacegateApi, unwrap } from "./client";

export type GroupDetails = components["schemas"]["GroupDetails"];
export type GroupType = GroupDetails["type"];
/** A group privilege, as the contract names it. */
export type GroupPrivilege = components["schemas"]["GroupPrivileges"]["privileges"][number];

/** The four group types of Onezone, in words; `role` is the API's default. */
export const GROUP_TYPE_LABELS: Readonly<Record<GroupType, string>> = {
  organization: "Organization",
  unit: "Unit",
  team: "Team",
  role: "Role",
};

/**
 * The 13 group privileges in Onezone's order, in words. Being a Record over
 * the contract's own type, it stops compiling when the contract changes them.
 */
export const GROUP_PRIVILEGE_LABELS: Readonly<Record<GroupPrivilege, string>> = {
  group_change_data: "Change data",
  group_invite_user: "Invite users",
  group_remove_user: "Remove users",
  group_join_space: "Join spaces",
  group_create_space: "Create spaces",
  group_set_privileges: "Set privileges",
  group_remove: "Delete the group",
  group_leave_space: "Leave spaces",
  group_view_data: "View data",
  group_create_space_token: "Create space tokens",
  group_join_group: "Join parent groups",
  group_invite_group: "Invite groups",
  group_remove_group: "Remove groups",
};

/** What a group's 409 means for a person (docs/design.md: a group keeps a direct user who can set privileges). */
export const LAST_GROUP_ADMINISTRATOR_EXPLANATION =
  "A group must always keep at least one direct user who can set privileges: give “Set privileges” to another user first.";

/** A group the caller belongs to; `details` is null when they may not view it (no `group_view_data`). */
export interface MyGroup {
  readonly groupId: string;
  readonly details: GroupDetails | null;
}

/** The groups the caller belongs to directly, oldest membership first, with their details where visible. */
export async function listMyGroups(api: SpacegateApi): Promise<MyGroup[]> {
  const { groups } = await unwrap(api.GET("/user/groups"));
  return Promise.all(groups.map(async (groupId) => ({ groupId, details: await readGroup(api, groupId).catch(hiddenWhenForbidden) })));
}

/** A group the caller is an effective member of, with `group_view_data`. */
export function readGroup(api: SpacegateApi, id: string): Promise<GroupDetails> {
  return unwrap(api.GET("/groups/{id}", { params: { path: { id } } }));
}

/** Creates a group whose one user is the caller, with all 13 privileges; resolves to its id. */
export function createGroup(api: SpacegateApi, name: string, type: GroupType): Promise<string> {
  return createdId(api.POST("/user/groups", { body: { name, type }, parseAs: "text" }));
}

/** Joins the group a group invite token is for, with "View data"; resolves to its id. */
export function joinGroup(api: SpacegateApi, token: string): Promise<string> {
  return createdId(api.POST("/user/groups/join", { body: { token }, parseAs: "text" }));
}

/** The caller leaves the group; 409 when they are its last direct user who can set privileges. */
export function leaveGroup(api: SpacegateApi, id: string): Promise<unknown> {
  return unwrap(api.DELETE("/user/groups/{id}", { params: { path: { id } }, parseAs: "text" }), LAST_GROUP_ADMINISTRATOR_EXPLANATION);
}

/** A single-use token that lets one user join the group. */
export async function issueGroupInviteToken(api: SpacegateApi, id: string): Promise<string> {
  const { token } = await unwrap(api.GET("/groups/{id}/users/token", { params: { path: { id } } }));
  return token;
}

/** Renames the group; needs `group_change_data`. */
export function renameGroup(api: SpacegateApi, id: string, name: string): Promise<unknown> {
  return unwrap(api.PATCH("/groups/{id}", { params: { path: { id } }, body: { name }, parseAs: "text" }));
}

/** Deletes the group for everyone; needs `group_remove`, and 409 while it is the last member of a space who can set privileges there. */
export function deleteGroup(api: SpacegateApi, id: string): Promise<unknown> {
  return unwrap(api.DELETE("/groups/{id}", { params: { path: { id } }, parseAs: "text" }));
}
