import { ApiError } from "../http/ApiError";
import type { Outcome } from "./groupOutcome";

/** What the path's second resource is called in a 404, and what the 409 says, per operation. */
export interface RefusalWords {
  /** The 404 for a stranger: "No such group." unless said otherwise. */
  readonly notFound?: string;
  /** The 403: the group privilege unless said otherwise. */
  readonly forbidden?: string;
  /** "No such user in this group." */
  readonly noTarget?: string;
  /** The 409's description. */
  readonly conflict?: string;
}

/** The words of refusals about a space (its access check is the space's, effective). */
export const SPACE_WORDS = {
  notFound: "No such space.",
  forbidden: "You lack the space privilege this operation needs.",
  conflict: "This would leave the space without a member (user or group) holding space_set_privileges; give another member that privilege first.",
} as const;

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
      throw new ApiError(404, "not_found", words.notFound ?? "No such group.");
    case "forbidden":
      throw new ApiError(403, "forbidden", words.forbidden ?? "You lack the group privilege this operation needs.");
    case "no_target":
      throw new ApiError(404, "not_found", words.noTarget ?? "No such member of this group.");
    case "conflict":
      throw new ApiError(409, "conflict", words.conflict ?? LAST_GROUP_ADMINISTRATOR);
  }
}
