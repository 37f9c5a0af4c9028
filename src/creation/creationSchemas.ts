import * as v from "valibot";
import { NameSchema } from "../common/nameSchema";
import { decimalsUpTo } from "../common/decimalsUpTo";
import { RANDOM_ID_PATTERN } from "../common/randomId";

export const DEFAULT_SPACE_NAME = "Unnamed space";
/** Largest space support size, in bytes: 2^53-1, the largest integer JSON clients agree on. */
export const MAX_SUPPORT_SIZE_BYTES = Number.MAX_SAFE_INTEGER;

const SIZE_MESSAGE = "size must be a positive integer number of bytes, at most 2^53-1";

/** Support size in bytes: a JSON number or, as the 3.0 wire format sends it, a digit string; both 1 to 2^53-1. */
export const SupportSizeSchema = v.union(
  [
    // Every action names the rule, never the value: JSON parsing may have rounded it.
    v.pipe(v.number(), v.safeInteger(SIZE_MESSAGE), v.minValue(1, SIZE_MESSAGE), v.maxValue(MAX_SUPPORT_SIZE_BYTES, SIZE_MESSAGE)),
    v.pipe(v.string(), v.regex(decimalsUpTo(MAX_SUPPORT_SIZE_BYTES), SIZE_MESSAGE), v.transform(Number)),
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

/** The `POST /spaces` body, by kind of caller. */
export const CreateSpaceBody = { user: UserCreateSpaceSchema, provider: ProviderCreateSpaceSchema } as const;
export type CreateSpaceBody = typeof CreateSpaceBody;

/** `POST /user/spaces/token` body: an optional binding to one provider. */
export const SpaceCreateTokenRequestSchema = v.object({
  provider: v.optional(v.pipe(v.string("provider must be a string"), v.regex(RANDOM_ID_PATTERN, "provider must be a provider id"))),
});
