import * as v from "valibot";

/** An id this API issues (see `randomId`): 32 lowercase hex characters. */
export const RandomIdSchema = v.pipe(
  v.string(),
  v.regex(/^[0-9a-f]{32}$/),
  v.description("32 lowercase hex characters."),
);
