import { SPACE_GROUP_INVITE_TOKEN_TYPE } from "../auth/tokenTypes";
import { randomId } from "../common/randomId";
import { unixSeconds } from "../common/unixSeconds";
import { maxSpacesPerUser } from "../creation/createSpace";
import { SpaceCreateTokenSchema } from "../creation/creationResponseSchemas";
import { UserCreateSpaceSchema } from "../creation/creationSchemas";
import { issueSpaceCreateToken } from "../creation/spaceCreateTokens";
import { ApiError } from "../http/ApiError";
import { tokenResponse } from "../tokens/tokenResponses";
import { createSpaceForGroup } from "./groupSpaceCreation";
import { readGroupFacts } from "./readGroupFacts";
import { sql } from "../common/sql";
import { noContent, privateJsonResponse } from "../http/jsonResponse";
import { defineRoute } from "../http/RouteDefinition";
import { SpaceDetailsSchema, SpaceIdListSchema } from "../spaces/spaceResponseSchemas";
import { valueOrApiError } from "../http/valueOrApiError";
import { GROUP_WORDS } from "./groupErrors";
import { TokenBodySchema } from "./groupSchemas";
import { joinSpaceAsGroup, leaveSpaceAsGroup, listEffectiveSpaces, listGroupSpaces, readGroupSpace } from "./groupSpaceStore";
import { redeemGroupToken } from "./groupTokens";

const viewErrors = { 403: ["forbidden"], 404: ["not_found"] } as const;

/** A group's spaces, from the group's side: joining with a token, the list, one space, leaving; and a user's effective spaces. */
export const groupSpaceRoutes = [
  defineRoute({
    method: "POST",
    path: "/groups/:id/spaces",
    auth: "user",
    body: UserCreateSpaceSchema,
    handle: async ({ db, params, caller, input }, env) => {
      const groupId = params.id!;
      const quota = maxSpacesPerUser(env);
      const outcome = await createSpaceForGroup(db, {
        spaceId: randomId(),
        groupId,
        name: input.name,
        creator: caller,
        createdAt: unixSeconds(),
        quota,
      });
      if (outcome.kind === "quota_exceeded") {
        throw new ApiError(403, "quota_exceeded", `${quota} spaces have already been created for this user, the most allowed.`);
      }
      return new Response(null, { status: 201, headers: { Location: `/groups/${groupId}/spaces/${valueOrApiError(outcome, GROUP_WORDS)}` } });
    },
    doc: {
      operationId: "create_space_for_group",
      tag: "Group",
      summary: "Create a space for a group",
      description: "For effective users holding `group_create_space`. The group is the space's one member, with all ten space privileges; the caller is its creator, and MAX_SPACES_PER_USER counts it for them.",
      success: { status: 201, description: "Created. The body is empty; `Location` names the space as `/groups/{id}/spaces/{sid}`.", headers: ["Location"] },
      errors: { 403: ["forbidden", "quota_exceeded"], 404: ["not_found"] },
    },
  }),
  defineRoute({
    method: "GET",
    path: "/groups/:id/spaces/token",
    auth: "user",
    handle: async ({ db, params, caller }, env) => {
      valueOrApiError(await readGroupFacts(db, params.id!, caller.id, sql`g.id`, "group_create_space_token"), GROUP_WORDS);
      return tokenResponse(await issueSpaceCreateToken(env, caller.id, undefined, params.id!));
    },
    doc: {
      operationId: "create_group_spaces_token",
      tag: "Group",
      summary: "Get a space creation token for a group",
      description: "For effective users holding `group_create_space_token`. A provider redeems it with `POST /spaces` (or `POST /provider/spaces`): the new space's one member is the group, with all ten space privileges; MAX_SPACES_PER_USER counts it for the caller. Refused (400) once the group is gone.",
      success: { status: 200, description: "A fresh single-use space creation token (`space-create+jwt`) for the group.", body: SpaceCreateTokenSchema, headers: ["Cache-Control"] },
      errors: { 403: ["forbidden"], 404: ["not_found"] },
    },
  }),
  defineRoute({
    method: "POST",
    path: "/groups/:id/spaces/join",
    auth: "user",
    body: TokenBodySchema,
    handle: async ({ db, params, caller, input }, env) => {
      const groupId = params.id!;
      const spaceId = await redeemGroupToken(env, SPACE_GROUP_INVITE_TOKEN_TYPE, "space group invite token", input.token,
        (spend) => joinSpaceAsGroup(db, spend, caller.id, groupId));
      return new Response(null, { status: 201, headers: { Location: `/groups/${groupId}/spaces/${spaceId}` } });
    },
    doc: {
      operationId: "group_join_space",
      tag: "Group",
      summary: "A group joins a space with a space group invite token",
      description: "For effective users holding `group_join_space` in the group, which joins with `space_view_data`. Already a member: 201, nothing changes. A refused caller leaves the token unspent.",
      success: { status: 201, description: "Joined. The body is empty; `Location` names the space as `/groups/{id}/spaces/{sid}`.", headers: ["Location"] },
      errors: { 400: ["invalid_token"], ...viewErrors },
    },
  }),
  defineRoute({
    method: "GET",
    path: "/groups/:id/spaces",
    auth: "user",
    handle: async ({ db, params, caller }) => privateJsonResponse({ spaces: valueOrApiError(await listGroupSpaces(db, params.id!, caller.id), GROUP_WORDS) }),
    doc: {
      operationId: "get_group_spaces",
      tag: "Group",
      summary: "List a group's spaces",
      description: "For effective users holding `group_view_data`. Spaces the group is a member of, oldest first.",
      success: { status: 200, description: "Space ids.", body: SpaceIdListSchema, headers: ["Cache-Control"] },
      errors: viewErrors,
    },
  }),
  defineRoute({
    method: "GET",
    path: "/groups/:id/spaces/:sid",
    auth: "user",
    handle: async ({ db, params, caller }) => privateJsonResponse(valueOrApiError(await readGroupSpace(db, params.id!, caller.id, params.sid!), GROUP_WORDS)),
    doc: {
      operationId: "get_group_space",
      tag: "Group",
      summary: "Read a space of a group",
      description: "For effective users holding `group_view_data` in the group, whatever they hold in the space.",
      success: { status: 200, description: "The space.", body: SpaceDetailsSchema, headers: ["Cache-Control"] },
      errors: viewErrors,
    },
  }),
  defineRoute({
    method: "DELETE",
    path: "/groups/:id/spaces/:sid",
    auth: "user",
    handle: async ({ db, params, caller }) => {
      valueOrApiError(await leaveSpaceAsGroup(db, params.id!, caller.id, params.sid!), GROUP_WORDS);
      return noContent();
    },
    doc: {
      operationId: "remove_group_from_space",
      tag: "Group",
      summary: "A group leaves a space",
      description: "For effective users holding `group_leave_space` in the group. The group's users lose what they held through it at once. The last member of the space holding `space_set_privileges` cannot leave (409).",
      success: { status: 204, description: "Left." },
      errors: { ...viewErrors, 409: ["conflict"] },
    },
  }),
  defineRoute({
    method: "GET",
    path: "/user/effective_spaces",
    auth: "user",
    handle: async ({ db, caller }) => privateJsonResponse({ spaces: await listEffectiveSpaces(db, caller.id) }),
    doc: {
      operationId: "get_user_effective_spaces",
      tag: "User",
      summary: "List the calling user's effective spaces",
      description: "The spaces the caller belongs to directly or through any of their groups at any depth, by earliest membership.",
      success: { status: 200, description: "Space ids.", body: SpaceIdListSchema, headers: ["Cache-Control"] },
    },
  }),
];
