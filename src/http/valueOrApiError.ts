import type { Conflict, Forbidden, NotFound, Ok, Refusal } from "../common/Outcome";
import { ApiError } from "./ApiError";

/** The refusals a route must word itself: every `what` but a space, and every conflict's `why`. */
type Worded<R extends Refusal> = (R extends NotFound<infer What> ? Exclude<What, "space"> : never) | (R extends Conflict<infer Why> ? Why : never);

/** One description per refusal a route must word; none when a store refuses only as a space. */
export type RefusalWords<R extends Refusal> = { readonly [Key in Worded<R>]: string };

/**
 * The value of a store's outcome, or the ApiError its refusal becomes:
 * `forbidden` 403, `not_found` 404 ("No such space." for a space), `conflict`
 * 409, each in the catalogue's words or the route's. Every store outcome
 * passes through here, so a status is decided in one place, and the compiler
 * asks a route for the words of each refusal its store may answer.
 */
export function valueOrApiError<O extends Ok<unknown> | Refusal>(
  outcome: O,
  ...[words]: [Worded<Extract<O, Refusal>>] extends [never] ? [] : [RefusalWords<Extract<O, Refusal>>]
): Extract<O, Ok<unknown>>["value"] {
  const said = (words ?? {}) as Readonly<Record<string, string>>;
  switch (outcome.kind) {
    case "ok":
      return (outcome as Ok<unknown>).value as Extract<O, Ok<unknown>>["value"];
    case "forbidden":
      throw new ApiError(403, "forbidden", `You lack the ${(outcome as Forbidden).of ?? "space"} privilege this operation needs.`);
    case "not_found": {
      const { what } = outcome as NotFound<string>;
      throw new ApiError(404, "not_found", what === "space" ? "No such space." : said[what]!);
    }
    case "conflict":
      throw new ApiError(409, "conflict", said[(outcome as Conflict<string>).why]!);
  }
  throw new Error(`an outcome of unknown kind: ${(outcome as { kind: string }).kind}`);
}
