/** Why a group operation was refused: a store's answer, which the route turns into an error. */
export type Refusal =
  /** The group is gone, or the caller is no effective member of it (strangers learn nothing: 404). */
  | { readonly kind: "not_found" }
  /** An effective member lacking the privilege the operation needs (403). */
  | { readonly kind: "forbidden" }
  /** The user, nested group, parent group or space the path names is no member of the group (404). */
  | { readonly kind: "no_target" }
  /** The change would break a rule: the last administrator, or a nesting cycle (409). */
  | { readonly kind: "conflict" };

/** What a group store answers: a value, or why not. */
export type Outcome<T = undefined> = { readonly kind: "ok"; readonly value: T } | Refusal;

/** The outcome of a success. */
export function ok<T>(value: T): Outcome<T>;
export function ok(): Outcome;
export function ok<T>(value?: T): Outcome<T | undefined> {
  return { kind: "ok", value };
}

/** What a privilege-checked statement tells about its caller on a group, read in the same round trip. */
export interface GroupAccessRow {
  /** The caller is an effective user of the group. */
  readonly is_member: unknown;
  /** The caller holds the operation's privilege effectively. */
  readonly has_privilege: unknown;
}

/**
 * The refusal an access row calls for. Strangers (and callers of a group
 * that is gone: no row) get not_found, members lacking the privilege
 * forbidden. Engines answer conditions as 0/1 or false/true: read as truthy.
 */
export function accessRefusal(row: GroupAccessRow | null | undefined): Refusal {
  return row && row.is_member ? { kind: "forbidden" } : { kind: "not_found" };
}
