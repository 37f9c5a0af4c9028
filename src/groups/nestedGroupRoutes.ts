import { GROUP_NEST_TOKEN_TYPE } from "../auth/tokenTypes";
import { noContent, privateJsonResponse } from "../http/jsonResponse";
import { defineRoute } from "../http/RouteDefinition";
import { valueOrApiError } from "../http/valueOrApiError";
import { GROUP_WORDS } from "./groupErrors";
import { GroupDetailsSchema, GroupPrivilegesSchema, NestedGroupListSchema, ParentGroupListSchema, SetGroupPrivilegesSchema, TokenBodySchema } from "./groupSchemas";
import { nestGroup } from "./groupTokenStore";
import { issueGroupTokenRoute, redeemGroupToken } from "./groupTokens";
import { listNesting, readNestedGroup, readNestedPrivileges, removeNestedGroup, setNestedPrivileges } from "./nestedGroupStore";

const viewErrors = { 403: ["forbidden"], 404: ["not_found"] } as const;

/** Nested groups: the nest token, a group joining another as its child, both ends' lists and details, child privileges, removal. */
export const nestedGroupRoutes = [
  issueGroupTokenRoute({
    path: "/groups/:id/nested/token",
    type: GROUP_NEST_TOKEN_TYPE,
    privilege: "group_invite_group",
    ttl: (env) => env.GROUP_NEST_TOKEN_TTL_SECONDS,
    doc: {
      operationId: "get_nested_group_token",
      summary: "Create a group nest token",
      description: "For effective users holding `group_invite_group`. The token lets one group join this one as its child, once, within GROUP_NEST_TOKEN_TTL_SECONDS (default 24 hours).",
      tokenDescription: "A fresh single-use group nest token (`group-nest+jwt`).",
    },
  }),
  defineRoute({
    method: "POST",
    path: "/groups/:id/nested/join",
    auth: "user",
    body: TokenBodySchema,
    handle: async ({ db, params, caller, input }, env) => {
      const childId = params.id!;
      const parentId = await redeemGroupToken(env, GROUP_NEST_TOKEN_TYPE, "group nest token", input.token,
        (spend) => nestGroup(db, spend, caller.id, childId));
      return new Response(null, { status: 201, headers: { Location: `/groups/${childId}/parent/${parentId}` } });
    },
    doc: {
      operationId: "join_nested_group",
      tag: "Group",
      summary: "Nest a group into the token's group",
      description: "For effective users holding `group_join_group` in the group of the path, which becomes a child of the token's group with `group_view_data`. Already nested: 201, nothing changes. A nesting that would make a cycle (a group into itself or into one of its descendants) is 409, and leaves the token unspent.",
      success: { status: 201, description: "Nested. The body is empty; `Location` names the parent as `/groups/{id}/parent/{pid}`.", headers: ["Location"] },
      errors: { 400: ["invalid_token"], ...viewErrors, 409: ["conflict"] },
    },
  }),
  defineRoute({
    method: "GET",
    path: "/groups/:id/nested",
    auth: "user",
    handle: async ({ db, params, caller }) => privateJsonResponse({ nested_groups: valueOrApiError(await listNesting(db, params.id!, caller.id, "nested"), GROUP_WORDS) }),
    doc: {
      operationId: "get_nested_groups",
      tag: "Group",
      summary: "List a group's nested groups",
      description: "For effective users holding `group_view_data`. Direct children, oldest nesting first.",
      success: { status: 200, description: "Group ids.", body: NestedGroupListSchema, headers: ["Cache-Control"] },
      errors: viewErrors,
    },
  }),
  defineRoute({
    method: "GET",
    path: "/groups/:id/parent",
    auth: "user",
    handle: async ({ db, params, caller }) => privateJsonResponse({ parent_groups: valueOrApiError(await listNesting(db, params.id!, caller.id, "parent"), GROUP_WORDS) }),
    doc: {
      operationId: "get_parent_groups",
      tag: "Group",
      summary: "List the groups a group is nested in",
      description: "For effective users holding `group_view_data`. Direct parents, oldest nesting first.",
      success: { status: 200, description: "Group ids.", body: ParentGroupListSchema, headers: ["Cache-Control"] },
      errors: viewErrors,
    },
  }),
  defineRoute({
    method: "GET",
    path: "/groups/:id/nested/:nid",
    auth: "user",
    handle: async ({ db, params, caller }) => privateJsonResponse(valueOrApiError(await readNestedGroup(db, params.id!, caller.id, "nested", params.nid!), GROUP_WORDS)),
    doc: {
      operationId: "get_nested_group",
      tag: "Group",
      summary: "Read a nested group",
      description: "For effective users holding `group_view_data` in the parent.",
      success: { status: 200, description: "The nested group.", body: GroupDetailsSchema, headers: ["Cache-Control"] },
      errors: viewErrors,
    },
  }),
  defineRoute({
    method: "GET",
    path: "/groups/:id/parent/:pid",
    auth: "user",
    handle: async ({ db, params, caller }) => privateJsonResponse(valueOrApiError(await readNestedGroup(db, params.id!, caller.id, "parent", params.pid!), GROUP_WORDS)),
    doc: {
      operationId: "get_parent_group",
      tag: "Group",
      summary: "Read a parent group",
      description: "For effective users holding `group_view_data` in the child.",
      success: { status: 200, description: "The parent group.", body: GroupDetailsSchema, headers: ["Cache-Control"] },
      errors: viewErrors,
    },
  }),
  defineRoute({
    method: "DELETE",
    path: "/groups/:id/nested/:nid",
    auth: "user",
    handle: async ({ db, params, caller }) => {
      valueOrApiError(await removeNestedGroup(db, params.id!, caller.id, params.nid!), GROUP_WORDS);
      return noContent();
    },
    doc: {
      operationId: "delete_nested_group",
      tag: "Group",
      summary: "Remove a nested group",
      description: "For effective users holding `group_remove_group`. The child's users lose what they held through it at once.",
      success: { status: 204, description: "Removed." },
      errors: viewErrors,
    },
  }),
  defineRoute({
    method: "GET",
    path: "/groups/:id/nested/:nid/privileges",
    auth: "user",
    handle: async ({ db, params, caller }) =>
      privateJsonResponse({ privileges: valueOrApiError(await readNestedPrivileges(db, params.id!, caller.id, params.nid!), GROUP_WORDS) }),
    doc: {
      operationId: "get_nested_group_privileges",
      tag: "Group",
      summary: "Read a nested group's privileges",
      description: "For effective users holding `group_view_data` in the parent. Every effective user of the child holds these in the parent.",
      success: { status: 200, description: "The privileges, in canonical order.", body: GroupPrivilegesSchema, headers: ["Cache-Control"] },
      errors: viewErrors,
    },
  }),
  defineRoute({
    method: "PUT",
    path: "/groups/:id/nested/:nid/privileges",
    auth: "user",
    body: SetGroupPrivilegesSchema,
    handle: async ({ db, params, caller, input }) => {
      valueOrApiError(await setNestedPrivileges(db, params.id!, caller.id, params.nid!, input.privileges), GROUP_WORDS);
      return noContent();
    },
    doc: {
      operationId: "set_group_nested_privileges",
      tag: "Group",
      summary: "Replace a nested group's privileges",
      description: "For effective users holding `group_set_privileges` in the parent. The group rule counts direct users only, so this is never 409.",
      success: { status: 204, description: "Replaced." },
      errors: viewErrors,
    },
  }),
];
