import { GROUP_FORBIDDEN, notFound, type Forbidden, type NotFound } from "../common/Outcome";

/**
 * How a group refuses a caller: as if it did not exist (a stranger, or a
 * group that is gone), or for want of a privilege (an effective member).
 */
export type GroupAccessRefusal = NotFound<"group"> | Forbidden;

/** What a privilege-checked statement tells about its caller on a group, read in the same round trip. */
export interface GroupAccessRow {
  /** The caller is an effective user of the group. */
  readonly is_member: unknown;
  /** The caller holds the operation's privilege effectively. */
  readonly has_privilege: unknown;
}

/**
 * The refusal an access row calls for. Engines answer conditions as 0/1 or
 * false/true, so the flags are read as truthy.
 */
export function groupAccessRefusal(row: GroupAccessRow | null | undefined): GroupAccessRefusal {
  return row && row.is_member ? GROUP_FORBIDDEN : notFound("group");
}
