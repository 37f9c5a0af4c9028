import * as v from "valibot";
import { ApiError } from "./ApiError";

/**
 * Validates input against a valibot schema, the single source of truth for
 * the shape, and turns the first issue into a 400 `invalid_request`.
 */
export function parseInput<const TSchema extends v.GenericSchema>(
  schema: TSchema,
  input: unknown,
): v.InferOutput<TSchema> {
  const result = v.safeParse(schema, input, { abortEarly: true });
  if (result.success) return result.output;
  const issue = result.issues[0];
  const key = issue.path?.map((item) => String(item.key)).join(".");
  if (key && issue.input === undefined) throw new ApiError(400, "invalid_request", `${key} is required.`);
  throw new ApiError(400, "invalid_request", key ? `${key}: ${issue.message}` : issue.message);
}
