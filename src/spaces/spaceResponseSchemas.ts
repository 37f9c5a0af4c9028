import * as v from "valibot";
import { RandomIdSchema } from "../common/randomIdSchema";

const SupportsSchema = v.record(RandomIdSchema, v.nullable(v.pipe(v.number(), v.safeInteger(), v.minValue(1))));

/** `GET /spaces/{id}`: a space as its reader may see it (`readSpace`). */
export const SpaceDetailsSchema = v.pipe(
  v.strictObject({
    spaceId: RandomIdSchema,
    name: v.string(),
    canonicalName: v.pipe(v.string(), v.description("Onezone 3.0's name for `name`.")),
    providers: v.pipe(SupportsSchema, v.description("Supporting providers by id, each with the size it supports in bytes (null when it gave none).")),
    providersSupports: v.pipe(SupportsSchema, v.description("Onezone 3.0's name for `providers`.")),
    creator: v.pipe(
      v.strictObject({ type: v.picklist(["user", "provider"]), id: v.string() }),
      v.description("Who created the space: a user, or a provider redeeming a user's space creation token."),
    ),
    creationTime: v.pipe(v.number(), v.safeInteger(), v.description("Unix seconds.")),
  }),
  v.title("SpaceDetails"),
);

/** A space as its reader may see it: the response body, as the schema declares it. */
export type SpaceDetails = v.InferOutput<typeof SpaceDetailsSchema>;

/** `GET /user/spaces` and `GET /provider/spaces`: space ids, oldest first. */
export const SpaceIdListSchema = v.pipe(v.strictObject({ spaces: v.array(RandomIdSchema) }), v.title("SpaceIdList"));

/** `GET /spaces/{id}/providers`: ids of the supporting providers, oldest support first. */
export const SpaceProviderListSchema = v.pipe(
  v.strictObject({ providers: v.array(RandomIdSchema) }),
  v.title("SpaceProviderList"),
);

/** `GET /user/spaces`: the user's space ids, oldest membership first, and their default space. */
export const UserSpaceListSchema = v.pipe(
  v.strictObject({
    spaces: v.array(RandomIdSchema),
    default: v.pipe(v.nullable(RandomIdSchema), v.description("The default space, while the user is a member of it; else null.")),
  }),
  v.title("UserSpaceList"),
);

/** The user's spaces and default space: the response body, as the schema declares it. */
export type UserSpaceList = v.InferOutput<typeof UserSpaceListSchema>;

/** `GET /spaces`: one page of every space id. */
export const SpacePageSchema = v.pipe(
  v.strictObject({
    spaces: v.array(RandomIdSchema),
    nextPageToken: v.pipe(v.nullable(v.string()), v.description("Pass it as `page_token` for the next page; null on the last page.")),
  }),
  v.title("SpacePage"),
);
