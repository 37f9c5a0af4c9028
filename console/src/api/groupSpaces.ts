import { createdId, type SpacegateApi, unwrap } from "./client";
import type { SpaceDetails } from "./spaces";

/** The spaces the group is a member of, with their details. */
export async function listGroupSpaces(api: SpacegateApi, groupId: string): Promise<SpaceDetails[]> {
  const { spaces } = await unwrap(api.GET("/groups/{id}/spaces", { params: { path: { id: groupId } } }));
  return Promise.all(spaces.map((sid) => unwrap(api.GET("/groups/{id}/spaces/{sid}", { params: { path: { id: groupId, sid } } }))));
}

/** The group joins the space a space group invite token is for, with "View data"; resolves to the space's id. */
export function joinSpaceAsGroup(api: SpacegateApi, groupId: string, token: string): Promise<string> {
  return createdId(api.POST("/groups/{id}/spaces/join", { params: { path: { id: groupId } }, body: { token }, parseAs: "text" }));
}

/** Creates a space whose one member is the group, with all ten privileges; resolves to its id. */
export function createSpaceForGroup(api: SpacegateApi, groupId: string, name: string): Promise<string> {
  return createdId(api.POST("/groups/{id}/spaces", { params: { path: { id: groupId } }, body: name ? { name } : {}, parseAs: "text" }));
}

/** The group leaves a space; needs `group_leave_space`, and 409 when the group is the space's last member who can set privileges. */
export function leaveSpaceAsGroup(api: SpacegateApi, groupId: string, sid: string): Promise<unknown> {
  return unwrap(api.DELETE("/groups/{id}/spaces/{sid}", { params: { path: { id: groupId, sid } }, parseAs: "text" }));
}

/** A single-use space creation token for the group: a provider redeems it to create a space whose one member is the group. */
export async function issueGroupSpaceCreateToken(api: SpacegateApi, groupId: string): Promise<string> {
  const { token } = await unwrap(api.GET("/groups/{id}/spaces/token", { params: { path: { id: groupId } } }));
  return token;
}
