import { randomId } from "../common/randomId";
import { unixSeconds } from "../common/unixSeconds";
import { noContent, privateJsonResponse } from "../http/jsonResponse";
import { defineRoute, type RouteRequest } from "../http/RouteDefinition";
import { encodePageToken, ListSpacesQuerySchema } from "../spaces/pageTokens";
import { valueOrApiError } from "../http/valueOrApiError";
import { GROUP_WORDS } from "./groupErrors";
import { CreateGroupSchema, GroupDetailsSchema, GroupIdListSchema, GroupPageSchema, ModifyGroupSchema } from "./groupSchemas";
import { createGroup, deleteGroup, leaveGroup, listAllGroups, listEffectiveGroups, listUserGroups, modifyGroup, readGroup } from "./groupStore";

async function create({ db, caller, input }: RouteRequest<"user", typeof CreateGroupSchema>): Promise<Response> {
  const groupId = randomId();
  await createGroup(db, { groupId, name: input.name, type: input.type, creatorId: caller.id, creatorName: caller.name, now: unixSeconds() });
  return new Response(null, { status: 201, headers: { Location: `/groups/${groupId}` } });
}

const createDoc = {
  tag: "Group",
  summary: "Create a group",
  description: "The caller becomes the group's one user, holding all 13 group privileges. `type` defaults to `role`; the name follows the space name rule.",
  success: { status: 201, description: "Created. The body is empty; `Location` names the group as `/groups/{id}`.", headers: ["Location"] },
} as const;

const readDoc = {
  tag: "Group",
  summary: "Read a group",
  description: "For effective users (directly or through nested groups) holding `group_view_data` effectively.",
  success: { status: 200, description: "The group.", body: GroupDetailsSchema, headers: ["Cache-Control"] },
  errors: { 403: ["forbidden"], 404: ["not_found"] },
} as const;

/** Groups themselves: create, read, modify, delete, leave, and the lists of a user's and of all groups. */
export const groupRoutes = [
  defineRoute({ method: "POST", path: "/groups", auth: "user", body: CreateGroupSchema, handle: create, doc: { operationId: "create_group", ...createDoc } }),
  defineRoute({ method: "POST", path: "/user/groups", auth: "user", body: CreateGroupSchema, handle: create, doc: { operationId: "create_group_for_user", ...createDoc } }),
  defineRoute({
    method: "GET",
    path: "/groups/:id",
    auth: "user",
    handle: async ({ db, params, caller }) => privateJsonResponse(valueOrApiError(await readGroup(db, params.id!, caller.id), GROUP_WORDS)),
    doc: { operationId: "get_group", ...readDoc },
  }),
  defineRoute({
    method: "GET",
    path: "/user/groups/:id",
    auth: "user",
    handle: async ({ db, params, caller }) => privateJsonResponse(valueOrApiError(await readGroup(db, params.id!, caller.id), GROUP_WORDS)),
    doc: { operationId: "get_user_group", ...readDoc, tag: "User" },
  }),
  defineRoute({
    method: "PATCH",
    path: "/groups/:id",
    auth: "user",
    body: ModifyGroupSchema,
    handle: async ({ db, params, caller, input }) => {
      valueOrApiError(await modifyGroup(db, params.id!, caller.id, input), GROUP_WORDS);
      return noContent();
    },
    doc: {
      operationId: "modify_group",
      tag: "Group",
      summary: "Rename or retype a group",
      description: "For effective users holding `group_change_data`. Send `name`, `type` or both.",
      success: { status: 204, description: "Changed." },
      errors: { 403: ["forbidden"], 404: ["not_found"] },
    },
  }),
  defineRoute({
    method: "DELETE",
    path: "/groups/:id",
    auth: "user",
    handle: async ({ db, params, caller }) => {
      valueOrApiError(await deleteGroup(db, params.id!, caller.id), GROUP_WORDS);
      return noContent();
    },
    doc: {
      operationId: "remove_group",
      tag: "Group",
      summary: "Delete a group",
      description: "For effective users holding `group_remove`. Its users, nestings and space memberships go with it. While the group is the last member of a space holding `space_set_privileges`, 409.",
      success: { status: 204, description: "Deleted." },
      errors: { 403: ["forbidden"], 404: ["not_found"], 409: ["conflict"] },
    },
  }),
  defineRoute({
    method: "GET",
    path: "/user/groups",
    auth: "user",
    handle: async ({ db, caller }) => privateJsonResponse({ groups: await listUserGroups(db, caller.id) }),
    doc: {
      operationId: "get_user_groups",
      tag: "User",
      summary: "List the calling user's groups",
      description: "The groups the caller belongs to directly, oldest membership first.",
      success: { status: 200, description: "Group ids.", body: GroupIdListSchema, headers: ["Cache-Control"] },
    },
  }),
  defineRoute({
    method: "GET",
    path: "/user/effective_groups",
    auth: "user",
    handle: async ({ db, caller }) => privateJsonResponse({ groups: await listEffectiveGroups(db, caller.id) }),
    doc: {
      operationId: "get_user_effective_groups",
      tag: "User",
      summary: "List the calling user's effective groups",
      description: "The groups the caller belongs to directly or through nested groups at any depth, oldest group first.",
      success: { status: 200, description: "Group ids.", body: GroupIdListSchema, headers: ["Cache-Control"] },
    },
  }),
  defineRoute({
    method: "DELETE",
    path: "/user/groups/:id",
    auth: "user",
    handle: async ({ db, params, caller }) => {
      valueOrApiError(await leaveGroup(db, params.id!, caller.id), GROUP_WORDS);
      return noContent();
    },
    doc: {
      operationId: "leave_group",
      tag: "User",
      summary: "Leave a group",
      description: "The caller stops being a direct user of the group. The last direct user holding `group_set_privileges` cannot leave (409).",
      success: { status: 204, description: "Left." },
      errors: { 404: ["not_found"], 409: ["conflict"] },
    },
  }),
  defineRoute({
    method: "GET",
    path: "/groups",
    auth: "admin",
    query: ListSpacesQuerySchema,
    handle: async ({ db, input }) => {
      const { groups, more } = await listAllGroups(db, input.page_token ?? null, input.limit);
      return privateJsonResponse({ groups, nextPageToken: more ? encodePageToken(groups.at(-1)!) : null });
    },
    doc: {
      operationId: "get_groups",
      tag: "Group",
      summary: "List all groups",
      description: "For zone administrators (ADMIN_USERS), a page at a time in group id order, as `GET /spaces`: pass `nextPageToken` back as `page_token`.",
      success: { status: 200, description: "One page of group ids.", body: GroupPageSchema, headers: ["Cache-Control"] },
    },
  }),
];

