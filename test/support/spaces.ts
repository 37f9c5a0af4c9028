import { expect } from "vitest";
import { callAs, spaceIdFrom, uniqueUser } from "./api";
import { userToken } from "./tokens";

export interface OwnedSpace {
  readonly owner: string;
  readonly ownerToken: string;
  readonly spaceId: string;
}

/** A fresh user and the space they created through the real `POST /spaces`. */
export async function ownedSpace(name = "Shared space"): Promise<OwnedSpace> {
  const owner = uniqueUser("owner");
  const ownerToken = await userToken(owner);
  const spaceId = spaceIdFrom(await callAs(ownerToken, "POST", "/spaces", { name }));
  return { owner, ownerToken, spaceId };
}

/** A token from `GET path` (invite or support token routes), asserting the 200. */
export async function tokenFrom(accessToken: string, path: string): Promise<string> {
  const response = await callAs(accessToken, "GET", path);
  expect(response.status, `GET ${path}`).toBe(200);
  return ((await response.json()) as { token: string }).token;
}

/** An invite token for the space, from a member holding `space_invite_user`. */
export function inviteToken(accessToken: string, spaceId: string): Promise<string> {
  return tokenFrom(accessToken, `/spaces/${spaceId}/users/token`);
}

/** A support token for the space, from a member holding `space_add_provider`. */
export function supportToken(accessToken: string, spaceId: string): Promise<string> {
  return tokenFrom(accessToken, `/spaces/${spaceId}/providers/token`);
}

export interface Member {
  readonly user: string;
  readonly token: string;
}

/**
 * A fresh user who joined the space through the real invite and join routes,
 * then, when `privileges` is given, had them set by the owner.
 */
export async function joinedMember(space: OwnedSpace, privileges?: readonly string[]): Promise<Member> {
  const user = uniqueUser("member");
  const token = await userToken(user);
  const joined = await callAs(token, "POST", "/user/spaces/join", { token: await inviteToken(space.ownerToken, space.spaceId) });
  expect(joined.status).toBe(201);
  if (privileges !== undefined) {
    const set = await callAs(space.ownerToken, "PUT", `/spaces/${space.spaceId}/users/${user}/privileges`, { privileges });
    expect(set.status).toBe(204);
  }
  return { user, token };
}

/** The privileges of `user` in the space, read by `accessToken` through the API. */
export async function privilegesOf(accessToken: string, spaceId: string, user: string): Promise<string[]> {
  const response = await callAs(accessToken, "GET", `/spaces/${spaceId}/users/${encodeURIComponent(user)}/privileges`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { privileges: string[] }).privileges;
}
