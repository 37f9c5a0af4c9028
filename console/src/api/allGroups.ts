import type { components } from "../../../client/spacegate";
import { type SpacegateApi, unwrap } from "./client";

export type GroupPage = components["schemas"]["GroupPage"];

/** How many group ids one page of the zone administrators' list holds. */
export const ALL_GROUPS_PAGE_SIZE = 20;

/**
 * One page of every group in the zone, in id order (zone administrators
 * only; 403 for anyone else): pass the previous page's `nextPageToken` for
 * the next one, as with `GET /spaces`.
 */
export function listAllGroups(api: SpacegateApi, pageToken: string | null): Promise<GroupPage> {
  const query = { limit: String(ALL_GROUPS_PAGE_SIZE), ...(pageToken ? { page_token: pageToken } : {}) };
  return unwrap(api.GET("/groups", { params: { query } }));
}
