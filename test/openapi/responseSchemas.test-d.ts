import * as v from "valibot";
import { describe, expectTypeOf, it } from "vitest";
import type { ApiError } from "../../src/http/ApiError";
import type { ErrorBodySchema } from "../../src/http/errorSchema";
import type { ProviderSchema } from "../../src/providers/providerResponseSchemas";
import type { Provider } from "../../src/providers/providerStore";
import type { SpaceDetailsSchema } from "../../src/spaces/spaceResponseSchemas";
import type { SpaceDetails } from "../../src/spaces/spaceStore";

// A type test (vitest typecheck, `npm run test:types`): the response schemas the document is built
// from describe exactly the types the handlers answer with, so neither can
// change alone. (The contract check then holds the bodies to them at run time.)
describe("response schemas match the types the handlers answer with", () => {
  it("SpaceDetailsSchema is SpaceDetails", () => {
    expectTypeOf<v.InferOutput<typeof SpaceDetailsSchema>>().toExtend<SpaceDetails>();
    expectTypeOf<SpaceDetails>().toExtend<v.InferOutput<typeof SpaceDetailsSchema>>();
  });

  it("ProviderSchema is Provider", () => {
    expectTypeOf<v.InferOutput<typeof ProviderSchema>>().toExtend<Provider>();
    expectTypeOf<Provider>().toExtend<v.InferOutput<typeof ProviderSchema>>();
  });

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
