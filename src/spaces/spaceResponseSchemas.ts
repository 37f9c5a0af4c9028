import * as v from "valibot";
import { RandomIdSchema } from "../common/randomIdSchema";

/** `GET /spaces/{id}`: a space as its reader may see it (`readSpace`). */
export const SpaceDetailsSchema = v.pipe(
  v.strictObject({
    spaceId: RandomIdSchema,
    name: v.string(),
    providers: v.pipe(
      v.record(RandomIdSchema, v.nullable(v.pipe(v.number(), v.safeInteger(), v.minValue(1)))),
      v.description("Supporting providers by id, each with the size it supports in bytes (null when it gave none)."),
    ),
    creator: v.pipe(
      v.strictObject({ type: v.picklist(["user", "provider"]), id: v.string() }),
      v.description("Who created the space: a user, or a provider redeeming a user's space creation token."),
    ),
    creationTime: v.pipe(v.number(), v.safeInteger(), v.description("Unix seconds.")),
  }),
  v.title("SpaceDetails"),
);

/** `GET /user/spaces` and `GET /provider/spaces`: space ids, oldest first. */
export const SpaceIdListSchema = v.pipe(v.strictObject({ spaces: v.array(RandomIdSchema) }), v.title("SpaceIdList"));

/** `GET /spaces/{id}/providers`: ids of the supporting providers, oldest support first. */
export const SpaceProviderListSchema = v.pipe(
  v.strictObject({ providers: v.array(RandomIdSchema) }),
  v.title("SpaceProviderList"),
);
