import * as v from "valibot";
import { ERROR_CODES } from "./errorCatalogue";

/** The body of every error response (docs/design.md, "Errors"), as `errorResponse` renders it. */
export const ErrorBodySchema = v.pipe(
  v.strictObject({
    error: v.pipe(v.picklist(ERROR_CODES), v.description("A stable code; switch on it, never on the description.")),
    error_description: v.pipe(
      v.string(),
      v.description("A human sentence. A 500 quotes the request id (X-Request-Id)."),
    ),
  }),
  v.title("Error"),
);
