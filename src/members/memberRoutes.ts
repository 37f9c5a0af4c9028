import { jsonResponse, noContent } from "../http/jsonResponse";
import { defineRoute } from "../http/RouteDefinition";
import { MemberListSchema, MemberSchema, PrivilegesSchema, SetPrivilegesSchema } from "./memberSchemas";
import { valueOrApiError, type RefusalWords } from "../http/valueOrApiError";
import { leaveSpace, listMembers, readMember, readMemberPrivileges, removeMember, setMemberPrivileges, type MemberRefusal } from "./memberStore";

/** How the member routes word their stores' refusals. */
const MEMBER_WORDS: RefusalWords<MemberRefusal> = {
  member: "No such member of this space.",
  last_administrator: "This would leave the space without a member holding space_set_privileges; give another member that privilege first.",
};

/** A space's members: listing, reading, privileges, removal, and leaving. */
export const memberRoutes = [
  defineRoute({
    method: "GET",
    path: "/spaces/:id/users",
    auth: "any",
    handle: async ({ db, params, caller }) => jsonResponse({ users: valueOrApiError(await listMembers(db, params.id!, caller)) }),
    doc: {
      operationId: "get_space_users",
      tag: "Space",
      summary: "List a space's members",
      description: "For members holding `space_view_data`.",
      success: { status: 200, description: "Member ids, oldest member first.", body: MemberListSchema },
      errors: { 403: ["forbidden"] },
    },
  }),
  defineRoute({
    method: "GET",
    path: "/spaces/:id/users/:uid",
    auth: "any",
    handle: async ({ db, params, caller }) => jsonResponse(valueOrApiError(await readMember(db, params.id!, caller, params.uid!), MEMBER_WORDS)),
    doc: {
      operationId: "get_space_user",
      tag: "Space",
      summary: "Read a member",
      description: "For members holding `space_view_data`. `name` is the member's `name` claim when one was seen, else the id.",
      success: { status: 200, description: "The member.", body: MemberSchema },
      errors: { 403: ["forbidden"] },
    },
  }),
  defineRoute({
    method: "DELETE",
    path: "/spaces/:id/users/:uid",
    auth: "any",
    handle: async ({ db, params, caller }) => {
      valueOrApiError(await removeMember(db, params.id!, caller, params.uid!), MEMBER_WORDS);
      return noContent();
    },
    doc: {
      operationId: "remove_space_user",
      tag: "Space",
      summary: "Remove a member",
      description: "For members holding `space_remove_user`. Removing the last member holding `space_set_privileges` is 409.",
      success: { status: 204, description: "Removed." },
      errors: { 403: ["forbidden"], 409: ["conflict"] },
    },
  }),
  defineRoute({
    method: "GET",
    path: "/spaces/:id/users/:uid/privileges",
    auth: "any",
    handle: async ({ db, params, caller }) => jsonResponse({ privileges: valueOrApiError(await readMemberPrivileges(db, params.id!, caller, params.uid!), MEMBER_WORDS) }),
    doc: {
      operationId: "get_space_user_privileges",
      tag: "Space",
      summary: "Read a member's privileges",
      description: "For members holding `space_view_data`.",
      success: { status: 200, description: "The privileges, in canonical order.", body: PrivilegesSchema },
      errors: { 403: ["forbidden"] },
    },
  }),
  defineRoute({
    method: "PUT",
    path: "/spaces/:id/users/:uid/privileges",
    auth: "any",
    body: SetPrivilegesSchema,
    handle: async ({ db, params, caller, input }) => {
      valueOrApiError(await setMemberPrivileges(db, params.id!, caller, params.uid!, input.privileges), MEMBER_WORDS);
      return noContent();
    },
    doc: {
      operationId: "set_space_user_privileges",
      tag: "Space",
      summary: "Replace a member's privileges",
      description: "For members holding `space_set_privileges`. The list replaces the member's privileges; only the ten Onezone 3.0 space privileges are accepted. Taking `space_set_privileges` from the last member holding it is 409.",
      success: { status: 204, description: "Replaced." },
      errors: { 403: ["forbidden"], 409: ["conflict"] },
    },
  }),
  defineRoute({
    method: "DELETE",
    path: "/user/spaces/:id",
    auth: "user",
    handle: async ({ db, params, caller }) => {
      valueOrApiError(await leaveSpace(db, params.id!, caller.id), MEMBER_WORDS);
      return noContent();
    },
    doc: {
      operationId: "delete_user_space",
      tag: "User",
      summary: "Leave a space",
      description: "The calling user leaves. The last member holding `space_set_privileges` cannot leave (409): give the privilege to another member, or delete the space.",
      success: { status: 204, description: "Left." },
      errors: { 409: ["conflict"] },
    },
  }),
];
