import * as v from "valibot";
import { RANDOM_ID_PATTERN } from "./randomId";

/** An id this API issues (see `randomId`): 32 lowercase hex characters. */
export const RandomIdSchema = v.pipe(
  v.string(),
  v.regex(RANDOM_ID_PATTERN),
  v.description("32 lowercase hex characters."),
);
