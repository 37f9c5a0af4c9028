import { ApiError } from "../http/ApiError";

/** What a privilege-checked statement tells about its caller, read in the same round trip. */
export interface AccessRow {
  is_member: number;
  has_privilege: number;
  is_supporting: number;
}

/**
 * Turns a denied access into the right error. Strangers get 404, so that they
 * cannot learn that a space exists; members or supporting providers that lack
 * the privilege get 403.
 */
export function accessDenied(access: AccessRow | null | undefined): ApiError {
  if (access && (access.is_member === 1 || access.is_supporting === 1)) {
    return new ApiError(403, "forbidden", "You lack the space privilege this operation needs.");
  }
  return spaceNotFound();
}

export function spaceNotFound(): ApiError {
  return new ApiError(404, "not_found", "No such space.");
}
