import { type SpacegateApi, unwrap } from "./client";
import type { UserMember } from "./effective";
import { type GroupPrivilege, LAST_GROUP_ADMINISTRATOR_EXPLANATION } from "./groups";

/** A direct user of a group; `effective` adds what the nested groups through which they reach it hold. */
export type GroupMember = UserMember<GroupPrivilege>;

/** The group's direct users, oldest first, with their names, own privileges and effective ones. */
export async function listGroupMembers(api: SpacegateApi, groupId: string): Promise<GroupMember[]> {
  const { users } = await unwrap(api.GET("/groups/{id}/users", { params: { path: { id: groupId } } }));
  return Promise.all(
    users.map(async (userId) => {
      const path = { id: groupId, uid: userId };
      const [user, own, effective] = await Promise.all([
        unwrap(api.GET("/groups/{id}/users/{uid}", { params: { path } })),
        unwrap(api.GET("/groups/{id}/users/{uid}/privileges", { params: { path } })),
        readEffectiveGroupPrivileges(api, groupId, userId),
      ]);
      return { userId, name: user.name, privileges: own.privileges, effective };
    }),
  );
}

/**
 * A user's effective privileges in the group (their own and those of the
 * nested groups through which they belong): what the API lets them do there,
 * so the console shows only the actions they hold.
 */
export async function readEffectiveGroupPrivileges(api: SpacegateApi, groupId: string, userId: string): Promise<GroupPrivilege[]> {
  const { privileges } = await unwrap(api.GET("/groups/{id}/effective_users/{uid}/privileges", { params: { path: { id: groupId, uid: userId } } }));
  return privileges;
}

/** Replaces a user's privileges in the group; 409 when that would leave no direct user who can set privileges. */
export function setGroupMemberPrivileges(api: SpacegateApi, groupId: string, userId: string, privileges: GroupPrivilege[]): Promise<unknown> {
  return unwrap(
    api.PUT("/groups/{id}/users/{uid}/privileges", { params: { path: { id: groupId, uid: userId } }, body: { privileges }, parseAs: "text" }),
    LAST_GROUP_ADMINISTRATOR_EXPLANATION,
  );
}

/** Removes a user from the group; 409 when they are its last direct user who can set privileges. */
export function removeGroupMember(api: SpacegateApi, groupId: string, userId: string): Promise<unknown> {
  return unwrap(
    api.DELETE("/groups/{id}/users/{uid}", { params: { path: { id: groupId, uid: userId } }, parseAs: "text" }),
    LAST_GROUP_ADMINISTRATOR_EXPLANATION,
  );
}
