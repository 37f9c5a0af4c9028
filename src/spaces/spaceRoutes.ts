import { defineRoute } from "../http/RouteDefinition";
import { jsonResponse, noContent, privateJsonResponse } from "../http/jsonResponse";
import { encodePageToken, ListSpacesQuerySchema } from "./pageTokens";
import { SpaceDetailsSchema, SpaceIdListSchema, SpacePageSchema, SpaceProviderListSchema, UserSpaceListSchema } from "./spaceResponseSchemas";
import { RenameSpaceSchema } from "./spaceSchemas";
import { valueOrApiError } from "../http/valueOrApiError";
import { deleteSpace, listAllSpaces, listProviderSpaces, listUserSpaces, readSpace, readSpaceProviders, renameSpace } from "./spaceStore";


/** Reading, renaming and deleting spaces, and the lists of a user's, a provider's and all spaces. */
export const spaceRoutes = [
  defineRoute({
    method: "GET",
    path: "/spaces",
    auth: "admin",
    query: ListSpacesQuerySchema,
    handle: async ({ db, input }) => {
      const { spaces, more } = await listAllSpaces(db, input.page_token ?? null, input.limit);
      return privateJsonResponse({ spaces, nextPageToken: more ? encodePageToken(spaces.at(-1)!) : null });
    },
    doc: {
      operationId: "get_spaces",
      tag: "Space",
      summary: "List all spaces",
      description: "For zone administrators (ADMIN_USERS), a page at a time in space id order: pass `nextPageToken` back as `page_token` for the next page.",
      success: { status: 200, description: "One page of space ids.", body: SpacePageSchema, headers: ["Cache-Control"] },
    },
  }),
  defineRoute({
    method: "GET",
    path: "/spaces/:id",
    auth: "any",
    handle: async ({ db, params, caller }) => privateJsonResponse(valueOrApiError(await readSpace(db, params.id!, caller))),
    doc: {
      operationId: "get_space",
      tag: "Space",
      summary: "Read a space",
      description: "For members holding `space_view_data` and for supporting providers.",
      success: { status: 200, description: "The space.", body: SpaceDetailsSchema, headers: ["Cache-Control"] },
      errors: { 403: ["forbidden"], 404: ["not_found"] },
    },
  }),
  defineRoute({
    method: "PATCH",
    path: "/spaces/:id",
    auth: "any",
    body: RenameSpaceSchema,
    handle: async ({ db, params, caller, input }) => {
      valueOrApiError(await renameSpace(db, params.id!, caller, input.name));
      return noContent();
    },
    doc: {
      operationId: "modify_space",
      tag: "Space",
      summary: "Rename a space",
      description: "For members holding `space_change_data`.",
      success: { status: 204, description: "Renamed." },
      errors: { 403: ["forbidden"], 404: ["not_found"] },
    },
  }),
  defineRoute({
    method: "DELETE",
    path: "/spaces/:id",
    auth: "any",
    handle: async ({ db, params, caller }) => {
      valueOrApiError(await deleteSpace(db, params.id!, caller));
      return noContent();
    },
    doc: {
      operationId: "remove_space",
      tag: "Space",
      summary: "Delete a space",
      description: "For members holding `space_remove`. Memberships and supports go with it.",
      success: { status: 204, description: "Deleted." },
      errors: { 403: ["forbidden"], 404: ["not_found"] },
    },
  }),
  defineRoute({
    method: "GET",
    path: "/spaces/:id/providers",
    auth: "any",
    handle: async ({ db, params, caller }) => jsonResponse({ providers: valueOrApiError(await readSpaceProviders(db, params.id!, caller)) }),
    doc: {
      operationId: "get_space_providers",
      tag: "Space",
      summary: "List the providers supporting a space",
      description: "For members and supporting providers.",
      success: { status: 200, description: "Provider ids, oldest support first.", body: SpaceProviderListSchema },
      errors: { 404: ["not_found"] },
    },
  }),
  defineRoute({
    method: "GET",
    path: "/user/spaces",
    auth: "user",
    handle: async ({ db, caller }) => privateJsonResponse(await listUserSpaces(db, caller.id)),
    doc: {
      operationId: "get_user_spaces",
      tag: "User",
      summary: "List the calling user's spaces",
      success: {
        status: 200,
        description: "Space ids, oldest membership first, and the default space.",
        body: UserSpaceListSchema,
        headers: ["Cache-Control"],
      },
    },
  }),
  defineRoute({
    method: "GET",
    path: "/user/spaces/:id",
    auth: "user",
    handle: async ({ db, params, caller }) => privateJsonResponse(valueOrApiError(await readSpace(db, params.id!, caller, "member"))),
    doc: {
      operationId: "get_user_space",
      tag: "User",
      summary: "Read one of the calling user's spaces",
      description: "For any member, whatever their privileges.",
      success: { status: 200, description: "The space.", body: SpaceDetailsSchema, headers: ["Cache-Control"] },
    },
  }),
  defineRoute({
    method: "GET",
    path: "/provider/spaces",
    auth: "provider",
    handle: async ({ db, caller }) => jsonResponse({ spaces: await listProviderSpaces(db, caller.id) }),
    doc: {
      operationId: "get_supported_spaces",
      tag: "Provider",
      summary: "List the spaces the calling provider supports",
      success: { status: 200, description: "Space ids, oldest support first.", body: SpaceIdListSchema },
    },
  }),
  defineRoute({
    method: "GET",
    path: "/provider/spaces/:id",
    auth: "provider",
    handle: async ({ db, params, caller }) => privateJsonResponse(valueOrApiError(await readSpace(db, params.id!, caller, "supporter"))),
    doc: {
      operationId: "get_supported_space",
      tag: "Provider",
      summary: "Read a space the calling provider supports",
      success: { status: 200, description: "The space.", body: SpaceDetailsSchema, headers: ["Cache-Control"] },
    },
  }),
];
