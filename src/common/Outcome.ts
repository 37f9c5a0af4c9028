/**
 * What a store answers: the value it was asked for, or why it refused. Stores
 * know nothing of HTTP; a route turns a refusal into an ApiError with
 * `valueOrApiError` (src/http/valueOrApiError.ts), the one place where
 * refusals meet statuses. A capability names what was not found (`what`) and
 * why a change conflicts (`why`), so that its route can word each one.
 */
export type Outcome<T, R extends Refusal = Refusal> = Ok<T> | R;

export interface Ok<T> {
  readonly kind: "ok";
  readonly value: T;
}

/** Nothing to act on: no such `what` (a space, a member…), or one the caller may not learn of. */
export interface NotFound<What extends string = "space"> {
  readonly kind: "not_found";
  readonly what: What;
}

/** The caller may see the thing but lacks the right to do this. */
export interface Forbidden {
  readonly kind: "forbidden";
  /** Whose privilege the caller lacks: a space's unless said. */
  readonly of?: "group";
}

/** The change would break a rule of the data (`why`), whoever asks. */
export interface Conflict<Why extends string> {
  readonly kind: "conflict";
  readonly why: Why;
}

export type Refusal = NotFound<string> | Forbidden | Conflict<string>;

/** The outcome carrying `value` (nothing, for a write that answers nothing). */
export function ok(): Ok<void>;
export function ok<T>(value: T): Ok<T>;
export function ok<T>(value?: T): Ok<T | undefined> {
  return { kind: "ok", value };
}

export function notFound<What extends string = "space">(what: What = "space" as What): NotFound<What> {
  return { kind: "not_found", what };
}

export const FORBIDDEN: Forbidden = { kind: "forbidden" };

/** Forbidden for want of a group privilege. */
export const GROUP_FORBIDDEN: Forbidden = { kind: "forbidden", of: "group" };

export function conflict<Why extends string>(why: Why): Conflict<Why> {
  return { kind: "conflict", why };
}
