import { FORBIDDEN, notFound, type Forbidden, type NotFound } from "../common/Outcome";

/**
 * What a privilege-checked statement tells about its caller, read in the same
 * round trip. Engines answer conditions as 1/0 (SQLite) or true/false
 * (PostgreSQL), so the flags are read as truthy.
 */
export interface AccessRow {
  readonly is_member: unknown;
  readonly has_privilege: unknown;
  readonly is_supporting: unknown;
}

/** How a space refuses a caller: as if it did not exist, or for want of a privilege. */
export type AccessRefusal = Forbidden | NotFound;

/**
 * Why an access was denied. Strangers are told the space does not exist, so
 * that they cannot learn that it does; members or supporting providers that
 * lack the privilege are forbidden.
 */
export function accessRefusal(access: AccessRow | null | undefined): AccessRefusal {
  return access && (access.is_member || access.is_supporting) ? FORBIDDEN : notFound();
}
