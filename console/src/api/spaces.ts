import type { components } from "../../../client/spacegate";
import { type SpacegateApi, unwrap } from "./client";

export type SpaceDetails = components["schemas"]["SpaceDetails"];

/** The caller's spaces with their details, in the order the API lists them. */
export async function listMySpaces(api: SpacegateApi): Promise<SpaceDetails[]> {
  const { spaces } = await unwrap(api.GET("/user/spaces"));
  return Promise.all(spaces.map((id) => readSpace(api, id)));
}

export function readSpace(api: SpacegateApi, id: string): Promise<SpaceDetails> {
  return unwrap(api.GET("/spaces/{id}", { params: { path: { id } } }));
}

/** Creates a space owned by the caller; resolves to its id (from `Location`). */
export async function createSpace(api: SpacegateApi, name: string): Promise<string> {
  const result = await api.POST("/spaces", { body: name ? { name } : {}, parseAs: "text" });
  await unwrap(Promise.resolve(result));
  return result.response.headers.get("Location")?.split("/").pop() ?? "";
}

export function renameSpace(api: SpacegateApi, id: string, name: string): Promise<unknown> {
  return unwrap(api.PATCH("/spaces/{id}", { params: { path: { id } }, body: { name }, parseAs: "text" }));
}

export function deleteSpace(api: SpacegateApi, id: string): Promise<unknown> {
  return unwrap(api.DELETE("/spaces/{id}", { params: { path: { id } }, parseAs: "text" }));
}
