import { ApiError } from "../http/ApiError";
import type { Outcome } from "./groupOutcome";

/** What the path's second resource is called in a 404, and what the 409 says, per operation. */
export interface RefusalWords {
  /** "No such user in this group." */
  readonly noTarget?: string;
  /** The 409's description. */
  readonly conflict?: string;
}

export const LAST_GROUP_ADMINISTRATOR =
  "This would leave the group without a direct user holding group_set_privileges; give another user that privilege first.";

/**
 * The value of a successful outcome, or the ApiError for a refusal: 404 for a
 * stranger, 403 for a member lacking the privilege, 404 for a target that is
 * no member, 409 for a broken rule.
 */
export function unwrap<T>(outcome: Outcome<T>, words: RefusalWords = {}): T {
  switch (outcome.kind) {
    case "ok":
      return outcome.value;
    case "not_found":
      throw new ApiError(404, "not_found", "No such group.");
    case "forbidden":
      throw new ApiError(403, "forbidden", "You lack the group privilege this operation needs.");
    case "no_target":
      throw new ApiError(404, "not_found", words.noTarget ?? "No such member of this group.");
    case "conflict":
      throw new ApiError(409, "conflict", words.conflict ?? LAST_GROUP_ADMINISTRATOR);
  }
}
