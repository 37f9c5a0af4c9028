import * as v from "valibot";
import { describe, expectTypeOf, it } from "vitest";
import type { ApiError } from "../../src/http/ApiError";
import type { ErrorBodySchema } from "../../src/http/errorSchema";

// A type test (vitest typecheck, `npm run test:types`): the error body's codes
// and ApiError's pairs come from the one error catalogue. (The response types
// need no such test: each is inferred from its schema, v.InferOutput.)
describe("the error body and ApiError follow the error catalogue", () => {
  it("ErrorBodySchema's codes are ApiError's codes", () => {
    expectTypeOf<v.InferOutput<typeof ErrorBodySchema>["error"]>().toEqualTypeOf<ApiError["code"]>();
  });

  it("ApiError takes only a status and code pair of the error catalogue", () => {
    expectTypeOf<ConstructorParameters<typeof ApiError>>().toExtend<[number, string, string, Record<string, string>?]>();
    // @ts-expect-error: 404 forbidden is not a documented pair.
    expectTypeOf<ConstructorParameters<typeof ApiError>>().toExtend<[404, "forbidden", string]>();
    expectTypeOf<[404, "not_found", string]>().toExtend<ConstructorParameters<typeof ApiError>>();
  });
});
