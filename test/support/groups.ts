import { expect } from "vitest";
import { callAs, uniqueUser } from "./api";
import { tokenFrom } from "./spaces";
import { userToken } from "./tokens";

export { ALL_GROUP_PRIVILEGES } from "./expectedPrivileges";

export interface OwnedGroup {
  readonly owner: string;
  readonly ownerToken: string;
  readonly groupId: string;
}

/** The group id from a 201's `Location: /groups/{id}` (or `/user/groups/{id}`). */
export function groupIdFrom(response: Response): string {
  const match = /^\/(?:user\/)?groups\/([0-9a-f]{32})$/.exec(response.headers.get("Location") ?? "");
  if (!match) throw new Error(`no group Location in ${response.status} response`);
  return match[1]!;
}

/** A group created through the real `POST /groups` by `ownerToken`'s user, or by a fresh user. */
export async function ownedGroup(name = "Team", owner?: { user: string; token: string }): Promise<OwnedGroup> {
  const user = owner?.user ?? uniqueUser("gowner");
  const token = owner?.token ?? (await userToken(user));
  const response = await callAs(token, "POST", "/groups", { name, type: "team" });
  expect(response.status).toBe(201);
  return { owner: user, ownerToken: token, groupId: groupIdFrom(response) };
}

/** A group invite token, from a user holding `group_invite_user`. */
export function groupInviteToken(accessToken: string, groupId: string): Promise<string> {
  return tokenFrom(accessToken, `/groups/${groupId}/users/token`);
}

/** A group nest token for `groupId` (the parent-to-be), from a user holding `group_invite_group`. */
export function groupNestToken(accessToken: string, groupId: string): Promise<string> {
  return tokenFrom(accessToken, `/groups/${groupId}/nested/token`);
}

export interface GroupUser {
  readonly user: string;
  readonly token: string;
}

/** A fresh user who joined the group with an invite token; then, when given, had `privileges` set by the owner. */
export async function joinedGroupUser(group: OwnedGroup, privileges?: readonly string[]): Promise<GroupUser> {
  const user = uniqueUser("guser");
  const token = await userToken(user);
  const joined = await callAs(token, "POST", "/user/groups/join", { token: await groupInviteToken(group.ownerToken, group.groupId) });
  expect(joined.status).toBe(201);
  if (privileges !== undefined) {
    const set = await callAs(group.ownerToken, "PUT", `/groups/${group.groupId}/users/${encodeURIComponent(user)}/privileges`, { privileges });
    expect(set.status).toBe(204);
  }
  return { user, token };
}

/** Nests `child` into `parent` through the real token routes (both owners hold every privilege); asserts the 201. */
export async function nest(child: OwnedGroup, parent: OwnedGroup): Promise<void> {
  const token = await groupNestToken(parent.ownerToken, parent.groupId);
  const response = await callAs(child.ownerToken, "POST", `/groups/${child.groupId}/nested/join`, { token });
  expect(response.status, `nest ${child.groupId} into ${parent.groupId}`).toBe(201);
}

/** A chain of `length` groups, each nested in the next, all owned by one user: `[bottom, …, top]`. */
export async function groupChain(length: number): Promise<OwnedGroup[]> {
  const user = uniqueUser("chain");
  const owner = { user, token: await userToken(user) };
  const chain: OwnedGroup[] = [];
  for (let level = 0; level < length; level += 1) {
    chain.push(await ownedGroup(`Level ${level}`, owner));
    if (level > 0) await nest(chain[level - 1]!, chain[level]!);
  }
  return chain;
}

/** GET `path` as `accessToken`, asserting 200, answering the JSON body. */
export async function readJson<T>(accessToken: string, path: string): Promise<T> {
  const response = await callAs(accessToken, "GET", path);
  expect(response.status, `GET ${path}`).toBe(200);
  return (await response.json()) as T;
}

/** A space group invite token, from a member holding `space_invite_group`. */
export function spaceGroupInviteToken(accessToken: string, spaceId: string): Promise<string> {
  return tokenFrom(accessToken, `/spaces/${spaceId}/groups/token`);
}

/**
 * The group joins the space through the real token routes (a space group
 * invite token from `spaceOwnerToken`, redeemed by the group's owner), then,
 * when given, gets `privileges` in the space from the space owner.
 */
export async function groupJoinsSpace(group: OwnedGroup, spaceId: string, spaceOwnerToken: string, privileges?: readonly string[]): Promise<void> {
  const token = await spaceGroupInviteToken(spaceOwnerToken, spaceId);
  const joined = await callAs(group.ownerToken, "POST", `/groups/${group.groupId}/spaces/join`, { token });
  expect(joined.status, "group joins space").toBe(201);
  if (privileges !== undefined) {
    const set = await callAs(spaceOwnerToken, "PUT", `/spaces/${spaceId}/groups/${group.groupId}/privileges`, { privileges });
    expect(set.status, "set group privileges in space").toBe(204);
  }
}
