import { defineRoute } from "../http/RouteDefinition";
import { jsonResponse } from "../http/jsonResponse";
import { SpaceDetailsSchema, SpaceIdListSchema, SpaceProviderListSchema } from "./spaceResponseSchemas";
import { RenameSpaceSchema } from "./spaceSchemas";
import { deleteSpace, listProviderSpaces, listUserSpaces, readSpace, readSpaceProviders, renameSpace } from "./spaceStore";

const noContent = () => new Response(null, { status: 204 });
const privateJson = (body: unknown) => jsonResponse(body, 200, { "Cache-Control": "no-store" });

/** Reading, renaming and deleting spaces, and the lists of a user's and a provider's spaces. */
export const spaceRoutes = [
  defineRoute({
    method: "GET",
    path: "/spaces/:id",
    auth: "any",
    handle: async ({ db, params, caller }) => privateJson(await readSpace(db, params.id!, caller)),
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
      await renameSpace(db, params.id!, caller, input.name);
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
      await deleteSpace(db, params.id!, caller);
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
    handle: async ({ db, params, caller }) => jsonResponse({ providers: await readSpaceProviders(db, params.id!, caller) }),
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
    handle: async ({ db, caller }) => privateJson({ spaces: await listUserSpaces(db, caller.id) }),
    doc: {
      operationId: "get_user_spaces",
      tag: "User",
      summary: "List the calling user's spaces",
      success: { status: 200, description: "Space ids, oldest membership first.", body: SpaceIdListSchema, headers: ["Cache-Control"] },
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
];
