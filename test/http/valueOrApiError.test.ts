import { describe, expect, it } from "vitest";
import { conflict, FORBIDDEN, notFound, ok, type Conflict, type NotFound, type Outcome } from "../../src/common/Outcome";
import { ApiError } from "../../src/http/ApiError";
import { valueOrApiError } from "../../src/http/valueOrApiError";

// The one place where a store's refusal becomes a status: each kind to its
// documented status and code, worded by the route where the store names a
// `what` or a `why`.

type Refused = NotFound | NotFound<"member"> | Forbidden | Conflict<"last_administrator">;
type Forbidden = typeof FORBIDDEN;
const WORDS = { member: "No such member here.", last_administrator: "Someone must keep the keys." };

/** The ApiError an outcome becomes, as status, code and description. */
function thrownBy(outcome: Outcome<number, Refused>) {
  try {
    valueOrApiError(outcome, WORDS);
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    const { status, code, description } = error as ApiError;
    return { status, code, description };
  }
  throw new Error("no ApiError was thrown");
}

describe("valueOrApiError", () => {
  it("answers the value of an ok outcome", () => {
    expect(valueOrApiError(ok(42))).toBe(42);
    expect(valueOrApiError(ok())).toBeUndefined();
  });

  it("turns each refusal into its status and code, in the route's words where it gives them", () => {
    expect(thrownBy(FORBIDDEN)).toEqual({ status: 403, code: "forbidden", description: "You lack the space privilege this operation needs." });
    expect(thrownBy(notFound())).toEqual({ status: 404, code: "not_found", description: "No such space." });
    expect(thrownBy(notFound("member"))).toEqual({ status: 404, code: "not_found", description: "No such member here." });
    expect(thrownBy(conflict("last_administrator"))).toEqual({ status: 409, code: "conflict", description: "Someone must keep the keys." });
  });

  it("asks the compiler for the words of every refusal a route must word (npm run typecheck)", () => {
    const member: Outcome<number, NotFound<"member">> = notFound("member");
    // @ts-expect-error: a refusal naming a member needs the route's words for it.
    expect(() => valueOrApiError(member)).toThrow(ApiError);
    const space: Outcome<number, NotFound | Forbidden> = notFound();
    expect(() => valueOrApiError(space)).toThrow("No such space.");
  });
});
