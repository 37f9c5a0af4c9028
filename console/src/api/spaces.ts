import type { components } from "../../../client/spacegate";
import { createdId, hiddenWhenForbidden, type SpacegateApi, unwrap } from "./client";
import { type Privilege, readPrivileges } from "./members";

export type SpaceDetails = components["schemas"]["SpaceDetails"];

export interface MySpace {
  readonly details: SpaceDetails;
  /** The caller's privileges in it; null when they may not see them (no `space_view_data`). */
  readonly privileges: readonly Privilege[] | null;
}

export interface MySpaces {
  readonly spaces: readonly MySpace[];
  readonly defaultSpaceId: string | null;
}

/** The caller's spaces with their details and the caller's privileges, and which one is their default. */
export async function listMySpaces(api: SpacegateApi, userId: string): Promise<MySpaces> {
  const list = await unwrap(api.GET("/user/spaces"));
  const spaces = await Promise.all(
    list.spaces.map(async (id) => {
      const [details, privileges] = await Promise.all([readSpace(api, id), readPrivileges(api, id, userId).catch(hiddenWhenForbidden)]);
      return { details, privileges };
    }),
  );
  return { spaces, defaultSpaceId: list.default ?? null };
}

/** A space the caller belongs to (membership is enough, unlike `GET /spaces/{id}`). */
export function readSpace(api: SpacegateApi, id: string): Promise<SpaceDetails> {
  return unwrap(api.GET("/user/spaces/{id}", { params: { path: { id } } }));
}

/** Creates a space owned by the caller; resolves to its id (from `Location`). */
export function createSpace(api: SpacegateApi, name: string): Promise<string> {
  return createdId(api.POST("/spaces", { body: name ? { name } : {}, parseAs: "text" }));
}

export function renameSpace(api: SpacegateApi, id: string, name: string): Promise<unknown> {
  return unwrap(api.PATCH("/spaces/{id}", { params: { path: { id } }, body: { name }, parseAs: "text" }));
}

export function deleteSpace(api: SpacegateApi, id: string): Promise<unknown> {
  return unwrap(api.DELETE("/spaces/{id}", { params: { path: { id } }, parseAs: "text" }));
}
