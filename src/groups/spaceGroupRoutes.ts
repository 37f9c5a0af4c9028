import { SPACE_GROUP_INVITE_TOKEN_TYPE } from "../auth/tokenTypes";
import { noContent, privateJsonResponse } from "../http/jsonResponse";
import { defineRoute } from "../http/RouteDefinition";
import { PrivilegesSchema, SetPrivilegesSchema } from "../members/memberSchemas";
import { issueSpaceTokenRoute } from "../tokens/issueSpaceTokenRoute";
import { valueOrApiError } from "../http/valueOrApiError";
import { GROUP_WORDS } from "./groupErrors";
import { GroupDetailsSchema, GroupIdListSchema, GroupUserListSchema } from "./groupSchemas";
import {
  listSpaceEffectiveUsers,
  listSpaceGroups,
  readSpaceEffectivePrivileges,
  readSpaceGroup,
  readSpaceGroupPrivileges,
  removeSpaceGroup,
  setSpaceGroupPrivileges,
} from "./spaceGroupStore";

const viewErrors = { 403: ["forbidden"], 404: ["not_found"] } as const;

/** A space's groups: the space group invite token, the list, details, privileges, removal, and the space's effective users. */
export const spaceGroupRoutes = [
  issueSpaceTokenRoute({
    path: "/spaces/:id/groups/token",
    type: SPACE_GROUP_INVITE_TOKEN_TYPE,
    privilege: "space_invite_group",
    ttl: (env) => env.SPACE_GROUP_INVITE_TOKEN_TTL_SECONDS,
    doc: {
      operationId: "get_space_group_token",
      summary: "Create a space group invite token",
      description: "For members holding `space_invite_group`. The token lets one group join the space (`POST /groups/{id}/spaces/join`), once, within SPACE_GROUP_INVITE_TOKEN_TTL_SECONDS (default 24 hours).",
      tokenDescription: "A fresh single-use space group invite token (`space-group-invite+jwt`).",
    },
  }),
  defineRoute({
    method: "GET",
    path: "/spaces/:id/groups",
    auth: "any",
    handle: async ({ db, params, caller }) => privateJsonResponse({ groups: valueOrApiError(await listSpaceGroups(db, params.id!, caller)) }),
    doc: {
      operationId: "get_space_groups",
      tag: "Space",
      summary: "List a space's groups",
      description: "For members holding `space_view_data` (effectively). Group members, oldest first.",
      success: { status: 200, description: "Group ids.", body: GroupIdListSchema, headers: ["Cache-Control"] },
      errors: viewErrors,
    },
  }),
  defineRoute({
    method: "GET",
    path: "/spaces/:id/groups/:gid",
    auth: "any",
    handle: async ({ db, params, caller }) => privateJsonResponse(valueOrApiError(await readSpaceGroup(db, params.id!, caller, params.gid!), GROUP_WORDS)),
    doc: {
      operationId: "get_space_group",
      tag: "Space",
      summary: "Read a group of a space",
      description: "For members holding `space_view_data`.",
      success: { status: 200, description: "The group.", body: GroupDetailsSchema, headers: ["Cache-Control"] },
      errors: viewErrors,
    },
  }),
  defineRoute({
    method: "DELETE",
    path: "/spaces/:id/groups/:gid",
    auth: "any",
    handle: async ({ db, params, caller }) => {
      valueOrApiError(await removeSpaceGroup(db, params.id!, caller, params.gid!), GROUP_WORDS);
      return noContent();
    },
    doc: {
      operationId: "delete_space_group",
      tag: "Space",
      summary: "Remove a group from a space",
      description: "For members holding `space_remove_group`. Its users lose what they held through it at once. Removing the last member holding `space_set_privileges` is 409.",
      success: { status: 204, description: "Removed." },
      errors: { ...viewErrors, 409: ["conflict"] },
    },
  }),
  defineRoute({
    method: "GET",
    path: "/spaces/:id/groups/:gid/privileges",
    auth: "any",
    handle: async ({ db, params, caller }) =>
      privateJsonResponse({ privileges: valueOrApiError(await readSpaceGroupPrivileges(db, params.id!, caller, params.gid!), GROUP_WORDS) }),
    doc: {
      operationId: "get_space_group_privileges",
      tag: "Space",
      summary: "Read a group's privileges in a space",
      description: "For members holding `space_view_data`. Every effective user of the group holds these in the space.",
      success: { status: 200, description: "The privileges, in canonical order.", body: PrivilegesSchema, headers: ["Cache-Control"] },
      errors: viewErrors,
    },
  }),
  defineRoute({
    method: "PUT",
    path: "/spaces/:id/groups/:gid/privileges",
    auth: "any",
    body: SetPrivilegesSchema,
    handle: async ({ db, params, caller, input }) => {
      valueOrApiError(await setSpaceGroupPrivileges(db, params.id!, caller, params.gid!, input.privileges), GROUP_WORDS);
      return noContent();
    },
    doc: {
      operationId: "set_space_group_privileges",
      tag: "Space",
      summary: "Replace a group's privileges in a space",
      description: "For members holding `space_set_privileges`. The list replaces the group's privileges. Taking `space_set_privileges` from the last member holding it is 409.",
      success: { status: 204, description: "Replaced." },
      errors: { ...viewErrors, 409: ["conflict"] },
    },
  }),
  defineRoute({
    method: "GET",
    path: "/spaces/:id/effective_users",
    auth: "any",
    handle: async ({ db, params, caller }) => privateJsonResponse({ users: valueOrApiError(await listSpaceEffectiveUsers(db, params.id!, caller)) }),
    doc: {
      operationId: "get_space_effective_users",
      tag: "Space",
      summary: "List a space's effective users",
      description: "For members holding `space_view_data`: the user members and the effective users of every group member at any depth, each once, by earliest membership.",
      success: { status: 200, description: "User ids.", body: GroupUserListSchema, headers: ["Cache-Control"] },
      errors: viewErrors,
    },
  }),
  defineRoute({
    method: "GET",
    path: "/spaces/:id/effective_users/:uid/privileges",
    auth: "any",
    handle: async ({ db, params, caller }) =>
      privateJsonResponse({ privileges: valueOrApiError(await readSpaceEffectivePrivileges(db, params.id!, caller, params.uid!), GROUP_WORDS) }),
    doc: {
      operationId: "get_space_effective_user_privileges",
      tag: "Space",
      summary: "Read a user's effective privileges in a space",
      description: "For members holding `space_view_data`: the user's own privileges and those of every group member of the space through which they belong.",
      success: { status: 200, description: "The effective privileges, in canonical order.", body: PrivilegesSchema, headers: ["Cache-Control"] },
      errors: viewErrors,
    },
  }),
];
