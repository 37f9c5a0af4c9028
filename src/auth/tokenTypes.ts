import { decodeProtectedHeader } from "jose";

/** `typ` of zone-issued provider tokens (RFC 8725 §3.11 explicit typing). */
export const PROVIDER_TOKEN_TYPE = "provider+jwt";
/** `typ` of zone-issued space creation tokens. */
export const SPACE_CREATE_TOKEN_TYPE = "space-create+jwt";
/** `typ` of zone-issued space invite tokens. */
export const SPACE_INVITE_TOKEN_TYPE = "space-invite+jwt";
/** `typ` of zone-issued space support tokens. */
export const SPACE_SUPPORT_TOKEN_TYPE = "space-support+jwt";
/** `typ` of zone-issued group invite tokens (a user joins a group). */
export const GROUP_INVITE_TOKEN_TYPE = "group-invite+jwt";
/** `typ` of zone-issued group nest tokens (a group joins another as its child). */
export const GROUP_NEST_TOKEN_TYPE = "group-nest+jwt";
/** `typ` of zone-issued space group invite tokens (a group joins a space). */
export const SPACE_GROUP_INVITE_TOKEN_TYPE = "space-group-invite+jwt";
/** The zone's single-use tokens, which travel in request bodies and are never access tokens. */
export const SINGLE_USE_TOKEN_TYPES: ReadonlySet<string> = new Set([
  SPACE_CREATE_TOKEN_TYPE,
  SPACE_INVITE_TOKEN_TYPE,
  SPACE_SUPPORT_TOKEN_TYPE,
  GROUP_INVITE_TOKEN_TYPE,
  GROUP_NEST_TOKEN_TYPE,
  SPACE_GROUP_INVITE_TOKEN_TYPE,
]);
/** Longest token we try to verify, in characters. */
export const MAX_TOKEN_CHARS = 16 * 1024;

/**
 * The token's `typ` header, normalised as RFC 7515 §4.1.9 allows: lower case,
 * without an `application/` prefix. Throws a jose error for a malformed token.
 */
export function readTokenType(token: string): string | undefined {
  const { typ } = decodeProtectedHeader(token);
  if (typeof typ !== "string") return undefined;
  return typ.toLowerCase().replace(/^application\//, "");
}
