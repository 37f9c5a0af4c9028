import { GROUP_INVITE_TOKEN_TYPE } from "../auth/tokenTypes";
import { noContent, privateJsonResponse } from "../http/jsonResponse";
import { defineRoute } from "../http/RouteDefinition";
import { valueOrApiError } from "../http/valueOrApiError";
import { GROUP_WORDS } from "./groupErrors";
import { GroupPrivilegesSchema, GroupUserListSchema, GroupUserSchema, SetGroupPrivilegesSchema, TokenBodySchema } from "./groupSchemas";
import { joinGroup } from "./groupTokenStore";
import { issueGroupTokenRoute, redeemGroupToken } from "./groupTokens";
import {
  listEffectiveGroupUsers,
  listGroupUsers,
  readEffectiveGroupUserPrivileges,
  readGroupUser,
  readGroupUserPrivileges,
  removeGroupUser,
  setGroupUserPrivileges,
} from "./groupUserStore";

const viewErrors = { 403: ["forbidden"], 404: ["not_found"] } as const;

/** A group's users: invite and join, direct and effective lists, details, privileges, removal. */
export const groupUserRoutes = [
  issueGroupTokenRoute({
    path: "/groups/:id/users/token",
    type: GROUP_INVITE_TOKEN_TYPE,
    privilege: "group_invite_user",
    ttl: (env) => env.GROUP_INVITE_TOKEN_TTL_SECONDS,
    doc: {
      operationId: "create_user_group_invite_token",
      summary: "Create a group invite token",
      description: "For effective users holding `group_invite_user`. The token lets one user join the group, once, within GROUP_INVITE_TOKEN_TTL_SECONDS (default 24 hours).",
      tokenDescription: "A fresh single-use group invite token (`group-invite+jwt`).",
    },
  }),
  defineRoute({
    method: "POST",
    path: "/user/groups/join",
    auth: "user",
    body: TokenBodySchema,
    handle: async ({ db, caller, input }, env) => {
      const groupId = await redeemGroupToken(env, GROUP_INVITE_TOKEN_TYPE, "group invite token", input.token, (spend) => joinGroup(db, spend, caller));
      return new Response(null, { status: 201, headers: { Location: `/user/groups/${groupId}` } });
    },
    doc: {
      operationId: "join_group",
      tag: "User",
      summary: "Join a group with an invite token",
      description: "The user joins with `group_view_data` only. A direct user already stays as they are (201); the token is spent either way.",
      success: { status: 201, description: "Joined. The body is empty; `Location` names the group as `/user/groups/{id}`.", headers: ["Location"] },
      errors: { 400: ["invalid_token"] },
    },
  }),
  defineRoute({
    method: "GET",
    path: "/groups/:id/users",
    auth: "user",
    handle: async ({ db, params, caller }) => privateJsonResponse({ users: valueOrApiError(await listGroupUsers(db, params.id!, caller.id), GROUP_WORDS) }),
    doc: {
      operationId: "get_group_users",
      tag: "Group",
      summary: "List a group's direct users",
      description: "For effective users holding `group_view_data`. Oldest membership first.",
      success: { status: 200, description: "User ids.", body: GroupUserListSchema, headers: ["Cache-Control"] },
      errors: viewErrors,
    },
  }),
  defineRoute({
    method: "GET",
    path: "/groups/:id/effective_users",
    auth: "user",
    handle: async ({ db, params, caller }) => privateJsonResponse({ users: valueOrApiError(await listEffectiveGroupUsers(db, params.id!, caller.id), GROUP_WORDS) }),
    doc: {
      operationId: "get_group_effective_users",
      tag: "Group",
      summary: "List a group's effective users",
      description: "For effective users holding `group_view_data`: the group's users and those of its nested groups at any depth, each once, by earliest membership.",
      success: { status: 200, description: "User ids.", body: GroupUserListSchema, headers: ["Cache-Control"] },
      errors: viewErrors,
    },
  }),
  ...(["users", "effective_users"] as const).map((list) =>
    defineRoute({
      method: "GET",
      path: `/groups/:id/${list}/:uid`,
      auth: "user",
      handle: async ({ db, params, caller }) =>
        privateJsonResponse(valueOrApiError(await readGroupUser(db, params.id!, caller.id, params.uid!, list === "effective_users"), GROUP_WORDS)),
      doc: {
        operationId: list === "users" ? "get_group_user" : "get_groups_effective_user",
        tag: "Group",
        summary: list === "users" ? "Read a direct user of a group" : "Read an effective user of a group",
        description: "For effective users holding `group_view_data`. `name` is the user's `name` claim when one was seen, else the id.",
        success: { status: 200, description: "The user.", body: GroupUserSchema, headers: ["Cache-Control"] },
        errors: viewErrors,
      },
    })),
  defineRoute({
    method: "DELETE",
    path: "/groups/:id/users/:uid",
    auth: "user",
    handle: async ({ db, params, caller }) => {
      valueOrApiError(await removeGroupUser(db, params.id!, caller, params.uid!), GROUP_WORDS);
      return noContent();
    },
    doc: {
      operationId: "remove_group_user",
      tag: "Group",
      summary: "Remove a user from a group",
      description: "For effective users holding `group_remove_user`. Removing the last direct user holding `group_set_privileges` is 409.",
      success: { status: 204, description: "Removed." },
      errors: { ...viewErrors, 409: ["conflict"] },
    },
  }),
  defineRoute({
    method: "GET",
    path: "/groups/:id/users/:uid/privileges",
    auth: "user",
    handle: async ({ db, params, caller }) =>
      privateJsonResponse({ privileges: valueOrApiError(await readGroupUserPrivileges(db, params.id!, caller.id, params.uid!), GROUP_WORDS) }),
    doc: {
      operationId: "get_group_user_privileges",
      tag: "Group",
      summary: "Read a user's own privileges in a group",
      description: "For effective users holding `group_view_data`.",
      success: { status: 200, description: "The privileges, in canonical order.", body: GroupPrivilegesSchema, headers: ["Cache-Control"] },
      errors: viewErrors,
    },
  }),
  defineRoute({
    method: "PUT",
    path: "/groups/:id/users/:uid/privileges",
    auth: "user",
    body: SetGroupPrivilegesSchema,
    handle: async ({ db, params, caller, input }) => {
      valueOrApiError(await setGroupUserPrivileges(db, params.id!, caller, params.uid!, input.privileges), GROUP_WORDS);
      return noContent();
    },
    doc: {
      operationId: "set_user_group_privileges",
      tag: "Group",
      summary: "Replace a user's privileges in a group",
      description: "For effective users holding `group_set_privileges`. The list replaces the user's privileges; only the 13 group privileges are accepted. Taking `group_set_privileges` from the last direct user holding it is 409.",
      success: { status: 204, description: "Replaced." },
      errors: { ...viewErrors, 409: ["conflict"] },
    },
  }),
  defineRoute({
    method: "GET",
    path: "/groups/:id/effective_users/:uid/privileges",
    auth: "user",
    handle: async ({ db, params, caller }) =>
      privateJsonResponse({ privileges: valueOrApiError(await readEffectiveGroupUserPrivileges(db, params.id!, caller.id, params.uid!), GROUP_WORDS) }),
    doc: {
      operationId: "get_groups_user_privileges",
      tag: "Group",
      summary: "Read a user's effective privileges in a group",
      description: "For effective users holding `group_view_data`: the user's own privileges and those of every nested group, at any depth, through which they belong.",
      success: { status: 200, description: "The effective privileges, in canonical order.", body: GroupPrivilegesSchema, headers: ["Cache-Control"] },
      errors: viewErrors,
    },
  }),
];
