import * as v from "valibot";
import { RANDOM_ID_PATTERN } from "../common/randomId";
import { RandomIdSchema } from "../common/randomIdSchema";
import { noContent, privateJsonResponse } from "../http/jsonResponse";
import { defineRoute } from "../http/RouteDefinition";
import { valueOrApiError } from "../http/valueOrApiError";
import { readDefaultSpace, setDefaultSpace } from "./userStore";

const SPACE_ID_MESSAGE = "spaceId must be a space id or null";

const DefaultSpaceSchema = v.pipe(
  v.strictObject({ spaceId: v.pipe(v.nullable(RandomIdSchema), v.description("null when the user has none.")) }),
  v.title("DefaultSpace"),
);

/** A missing `spaceId` is refused like a wrong one: `null` is how to clear the default. */
const SetDefaultSpaceSchema = v.object({
  spaceId: v.nullable(v.pipe(v.string(SPACE_ID_MESSAGE), v.regex(RANDOM_ID_PATTERN, SPACE_ID_MESSAGE))),
});

/** The calling user's default space. */
export const userRoutes = [
  defineRoute({
    method: "GET",
    path: "/user/spaces/default",
    auth: "user",
    handle: async ({ db, caller }) => privateJsonResponse({ spaceId: await readDefaultSpace(db, caller.id) }),
    doc: {
      operationId: "get_user_default_space",
      tag: "User",
      summary: "Read the default space",
      description: "Only a space the user is still a member of: leaving or losing it clears the default.",
      success: { status: 200, description: "The default space id, or null.", body: DefaultSpaceSchema, headers: ["Cache-Control"] },
    },
  }),
  defineRoute({
    method: "PUT",
    path: "/user/spaces/default",
    auth: "user",
    body: SetDefaultSpaceSchema,
    handle: async ({ db, caller, input }) => {
      valueOrApiError(await setDefaultSpace(db, caller.id, input.spaceId));
      return noContent();
    },
    doc: {
      operationId: "set_user_default_space",
      tag: "User",
      summary: "Set the default space",
      description: "A space the caller is a member of (else 404); `null` clears it.",
      success: { status: 204, description: "Set." },
      errors: { 404: ["not_found"] },
    },
  }),
];
