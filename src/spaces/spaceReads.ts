import type { Caller } from "../auth/Caller";
import type { Db } from "../common/Db";
import { ACCESS_COLUMNS, accessDenied, type AccessRow, bindAccess } from "./spaceAccess";

export interface SpaceDetails {
  readonly spaceId: string;
  readonly name: string;
  readonly providers: Record<string, number | null>;
  readonly creator: { readonly type: "user" | "provider"; readonly id: string };
  readonly creationTime: number;
}

interface SpaceRow extends AccessRow {
  id: string;
  name: string;
  creator_type: "user" | "provider";
  creator_id: string;
  created_at: number;
  providers: string;
}

/**
 * One space as its reader may see it, in one query. Members need
 * `space_view_data`; supporting providers may always read.
 */
export async function readSpace(db: Db, spaceId: string, caller: Caller): Promise<SpaceDetails> {
  const row = await bindAccess(
    db,
    `SELECT id, name, creator_type, creator_id, created_at, ${ACCESS_COLUMNS},
       (SELECT json_group_object(provider_id, size) FROM space_supports WHERE space_id = ?1) AS providers
     FROM spaces WHERE id = ?1`,
    spaceId,
    caller,
    "space_view_data",
  ).first<SpaceRow>();
  if (row === null || (row.has_privilege !== 1 && row.is_supporting !== 1)) throw accessDenied(row);
  return {
    spaceId: row.id,
    name: row.name,
    providers: JSON.parse(row.providers) as Record<string, number | null>,
    creator: { type: row.creator_type, id: row.creator_id },
    creationTime: row.created_at,
  };
}

/**
 * The ids of the providers supporting a space, oldest support first; members
 * and supporters only. Ties within one second go by `rowid`, i.e. insertion order.
 */
export async function readSpaceProviders(db: Db, spaceId: string, caller: Caller): Promise<string[]> {
  const row = await bindAccess(
    db,
    `SELECT ${ACCESS_COLUMNS},
       (SELECT json_group_array(provider_id) FROM
         (SELECT provider_id FROM space_supports WHERE space_id = ?1 ORDER BY supported_at, rowid)) AS providers
     FROM spaces WHERE id = ?1`,
    spaceId,
    caller,
    "space_view_data",
  ).first<AccessRow & { providers: string }>();
  if (row === null || (row.is_member !== 1 && row.is_supporting !== 1)) throw accessDenied(null);
  return JSON.parse(row.providers) as string[];
}

/**
 * A user's spaces, oldest membership first, from the `space_members_by_user`
 * index. `joined_at` has whole seconds, so ties go by `rowid` (insertion
 * order, which the covering index carries), not by the random space id.
 */
export async function listUserSpaces(db: Db, userId: string): Promise<string[]> {
  const rows = await db
    .prepare("SELECT space_id FROM space_members WHERE user_id = ?1 ORDER BY joined_at, rowid")
    .bind(userId)
    .raw<[string]>();
  return rows.map(([spaceId]) => spaceId);
}

/** A provider's supported spaces, oldest support first (ties by insertion order), from the `space_supports_by_provider` index. */
export async function listProviderSpaces(db: Db, providerId: string): Promise<string[]> {
  const rows = await db
    .prepare("SELECT space_id FROM space_supports WHERE provider_id = ?1 ORDER BY supported_at, rowid")
    .bind(providerId)
    .raw<[string]>();
  return rows.map(([spaceId]) => spaceId);
}
