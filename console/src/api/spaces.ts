import type { components } from "../../../client/spacegate";
import { createdId, hiddenWhenForbidden, type SpacegateApi, unwrap } from "./client";
import { type Privilege, readEffectivePrivileges } from "./members";

export type SpaceDetails = components["schemas"]["SpaceDetails"];

export interface MySpace {
  readonly details: SpaceDetails;
  /** The caller's effective privileges in it (their own and their groups'); null when they may not see them (no `space_view_data`). */
  readonly privileges: readonly Privilege[] | null;
  /** Whether the caller reaches it only through groups (no direct member). */
  readonly throughGroups: boolean;
}

export interface MySpaces {
  readonly spaces: readonly MySpace[];
  readonly defaultSpaceId: string | null;
}

/**
 * The caller's spaces, those they belong to directly first, then those they
 * reach only through groups, with their details and the caller's effective
 * privileges, and which one is their default.
 */
export async function listMySpaces(api: SpacegateApi, userId: string): Promise<MySpaces> {
  const [list, effective] = await Promise.all([unwrap(api.GET("/user/spaces")), unwrap(api.GET("/user/effective_spaces"))]);
  const direct = new Set(list.spaces);
  const ids = [...list.spaces, ...effective.spaces.filter((id) => !direct.has(id))];
  const spaces = await Promise.all(
    ids.map(async (id) => {
      const [details, privileges] = await Promise.all([readSpace(api, id), readEffectivePrivileges(api, id, userId).catch(hiddenWhenForbidden)]);
      return { details, privileges, throughGroups: !direct.has(id) };
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
