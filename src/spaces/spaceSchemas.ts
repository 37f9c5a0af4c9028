import * as v from "valibot";
import { NameSchema } from "../common/nameSchema";
import { RANDOM_ID_PATTERN } from "../common/randomId";

export const DEFAULT_SPACE_NAME = "Unnamed space";
/** Largest space support size, in bytes: 2^53-1, the largest integer JSON clients agree on. */
export const MAX_SUPPORT_SIZE_BYTES = Number.MAX_SAFE_INTEGER;

const SIZE_MESSAGE = "size must be a positive integer number of bytes, at most 2^53-1";

/** Support size in bytes: a JSON number or, as the 3.0 wire format sends it, a digit string. */
export const SupportSizeSchema = v.union(
  [
    v.pipe(v.number(), v.safeInteger(), v.minValue(1), v.maxValue(MAX_SUPPORT_SIZE_BYTES)),
    v.pipe(
      v.string(),
      v.regex(/^[1-9][0-9]{0,15}$/),
      v.transform(Number),
      v.maxValue(MAX_SUPPORT_SIZE_BYTES),
    ),
  ],
  SIZE_MESSAGE,
);

/** `POST /spaces` body from a user. Unknown keys are ignored; `token` is for providers only. */
export const UserCreateSpaceSchema = v.object({
  name: v.optional(NameSchema, DEFAULT_SPACE_NAME),
  token: v.optional(v.never("token is only accepted from providers")),
});

/** `POST /spaces` body from a provider, redeeming a user's space creation token. */
export const ProviderCreateSpaceSchema = v.object({
  name: v.optional(NameSchema, DEFAULT_SPACE_NAME),
  token: v.pipe(v.string("token is required and must be a string"), v.nonEmpty("token must not be empty")),
  size: v.optional(SupportSizeSchema),
});

/** `PATCH /spaces/{id}` body. */
export const RenameSpaceSchema = v.object({
  name: NameSchema,
});

/** `POST /user/spaces/token` body: an optional binding to one provider. */
export const SpaceCreateTokenRequestSchema = v.object({
  provider: v.optional(v.pipe(v.string("provider must be a string"), v.regex(RANDOM_ID_PATTERN, "provider must be a provider id"))),
});
