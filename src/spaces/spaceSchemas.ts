import * as v from "valibot";
import { NameSchema } from "../common/nameSchema";

/** `PATCH /spaces/{id}` body. */
export const RenameSpaceSchema = v.object({
  name: NameSchema,
});
