import * as v from "valibot";
import { RandomIdSchema } from "../common/randomIdSchema";

/** `GET /providers/{id}`: a registered provider (`findProvider`). */
export const ProviderSchema = v.pipe(v.strictObject({ providerId: RandomIdSchema, name: v.string() }), v.title("Provider"));

/** A registered provider: the response body, as the schema declares it. */
export type Provider = v.InferOutput<typeof ProviderSchema>;

/** `POST /providers`: the new provider's id and its access token, shown this once. */
export const RegisteredProviderSchema = v.pipe(
  v.strictObject({
    providerId: RandomIdSchema,
    token: v.pipe(v.string(), v.description("The provider's access token (`typ: provider+jwt`); valid until the provider is unregistered.")),
  }),
  v.title("RegisteredProvider"),
);
