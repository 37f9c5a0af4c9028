// A typed call to spacegate with openapi-fetch and the generated types (docs/api.md, "OpenAPI document and typed client").
import createClient from "openapi-fetch";
import type { components, paths } from "./spacegate";

/** A typed client for the zone at `baseUrl`, sending `token` as X-Auth-Token. */
export function createSpacegateClient(baseUrl: string, token: string, fetch?: (request: Request) => Promise<Response>) {
  return createClient<paths>({ baseUrl, headers: { "X-Auth-Token": token }, ...(fetch && { fetch }) });
}

/** Creates a space and reads it back; bodies, path parameters and answers are all typed. */
export async function createAndReadSpace(
  client: ReturnType<typeof createSpacegateClient>,
  name: string,
): Promise<components["schemas"]["SpaceDetails"]> {
  const created = await client.POST("/spaces", { body: { name }, parseAs: "text" });
  if (created.error) throw new Error(`${created.error.error}: ${created.error.error_description}`);
  const id = created.response.headers.get("Location")!.split("/").pop()!;
  const { data, error } = await client.GET("/spaces/{id}", { params: { path: { id } } });
  if (error) throw new Error(`${error.error}: ${error.error_description}`);
  return data;
}
