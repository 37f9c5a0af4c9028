import { createdId, type SpacegateApi, unwrap } from "./client";
import type { GroupWithPrivileges } from "./effective";
import type { GroupDetails, GroupPrivilege } from "./groups";

/** What a 409 on nesting means for a person. */
export const NESTING_CYCLE_EXPLANATION = "A group cannot be nested into itself or into a group nested in it.";

/** A group nested in another (a child), with its privileges in the parent. */
export type NestedGroup = GroupWithPrivileges<GroupPrivilege>;

/** The group's nested (child) groups, with their names and their privileges in it. */
export async function listNestedGroups(api: SpacegateApi, groupId: string): Promise<NestedGroup[]> {
  const { nested_groups } = await unwrap(api.GET("/groups/{id}/nested", { params: { path: { id: groupId } } }));
  return Promise.all(
    nested_groups.map(async (nid) => {
      const path = { id: groupId, nid };
      const [details, { privileges }] = await Promise.all([
        unwrap(api.GET("/groups/{id}/nested/{nid}", { params: { path } })),
        unwrap(api.GET("/groups/{id}/nested/{nid}/privileges", { params: { path } })),
      ]);
      return { details, privileges };
    }),
  );
}

/** The groups this group is nested in. */
export async function listParentGroups(api: SpacegateApi, groupId: string): Promise<GroupDetails[]> {
  const { parent_groups } = await unwrap(api.GET("/groups/{id}/parent", { params: { path: { id: groupId } } }));
  return Promise.all(parent_groups.map((pid) => unwrap(api.GET("/groups/{id}/parent/{pid}", { params: { path: { id: groupId, pid } } }))));
}

/** Replaces a nested group's privileges in its parent. */
export function setNestedGroupPrivileges(api: SpacegateApi, groupId: string, nid: string, privileges: GroupPrivilege[]): Promise<unknown> {
  return unwrap(api.PUT("/groups/{id}/nested/{nid}/privileges", { params: { path: { id: groupId, nid } }, body: { privileges }, parseAs: "text" }));
}

/** A single-use token that lets one group nest itself into this one. */
export async function issueNestToken(api: SpacegateApi, groupId: string): Promise<string> {
  const { token } = await unwrap(api.GET("/groups/{id}/nested/token", { params: { path: { id: groupId } } }));
  return token;
}

/** The group joins the group a nest token is for, as its child; resolves to the parent's id. 409 for a cycle. */
export function joinAsChild(api: SpacegateApi, childId: string, token: string): Promise<string> {
  return createdId(
    api.POST("/groups/{id}/nested/join", { params: { path: { id: childId } }, body: { token }, parseAs: "text" }),
    NESTING_CYCLE_EXPLANATION,
  );
}

/** Takes a nested group out of this one; needs `group_remove_group` here. Its users lose what it gave them here at once. */
export function removeNestedGroup(api: SpacegateApi, groupId: string, nid: string): Promise<unknown> {
  return unwrap(api.DELETE("/groups/{id}/nested/{nid}", { params: { path: { id: groupId, nid } }, parseAs: "text" }));
}
