import type { Caller } from "../auth/Caller";
import type { Db, DbStatement } from "../common/Db";
import { prepare, sql, type SqlQuery } from "../common/sql";
import { privilegeInSql } from "../common/privilegeInSql";
import { rememberName } from "../users/userStore";
import { callerHoldsInSpaceSql, effectiveAccessColumnsSql } from "./effectiveSpaceAccessSql";
import { accessDenied, type AccessRow } from "./spaceAccess";
import type { SpacePrivilege } from "./spacePrivileges";

// Every SQL statement about reading, renaming, deleting and listing spaces,
// and the access checks the other stores build on. Each builds with `sql`, so
// it binds its own parameters.


/** SQL condition: the JSON privilege array in `column` holds `privilege` (common/privilegeInSql.ts). */
export function privilegeIn(column: SqlQuery, privilege: SpacePrivilege): SqlQuery {
  return privilegeInSql(column, privilege);
}

/**
 * SQL condition: the caller holds `privilege` in the space effectively: as a
 * member, or through any group member of the space at any depth of nesting
 * (effectiveSpaceAccessSql.ts). A provider never does.
 */
export function callerHolds(spaceId: string, caller: Caller, privilege: SpacePrivilege): SqlQuery {
  return callerHoldsInSpaceSql(spaceId, caller, privilege);
}

/**
 * SQL columns of an AccessRow for the caller on the space, effective: a
 * member through groups is a member (effectiveSpaceAccessSql.ts).
 */
export function accessColumns(spaceId: string, caller: Caller, privilege: SpacePrivilege): SqlQuery {
  return effectiveAccessColumnsSql(spaceId, caller, privilege);
}

/** A statement answering one AccessRow (no row when the space does not exist). */
export function selectAccess(db: Db, spaceId: string, caller: Caller, privilege: SpacePrivilege): DbStatement {
  return prepare(db, sql`SELECT ${accessColumns(spaceId, caller, privilege)} FROM spaces WHERE id = ${spaceId}`);
}

export interface SpaceDetails {
  readonly spaceId: string;
  readonly name: string;
  /** Onezone 3.0's name for `name`. */
  readonly canonicalName: string;
  readonly providers: Record<string, number | null>;
  /** Onezone 3.0's name for `providers`. */
  readonly providersSupports: Record<string, number | null>;
  readonly creator: { readonly type: "user" | "provider"; readonly id: string };
  readonly creationTime: number;
}

/**
 * Who may read a space through each route: `reader` is a member holding
 * `space_view_data` or a supporting provider (`GET /spaces/{id}`), `member`
 * any member (`GET /user/spaces/{id}`), `supporter` a supporting provider
 * (`GET /provider/spaces/{id}`).
 */
export type SpaceReader = "reader" | "member" | "supporter";

const READ_ALLOWED: Record<SpaceReader, (row: AccessRow) => boolean> = {
  reader: (row) => row.has_privilege === 1 || row.is_supporting === 1,
  member: (row) => row.is_member === 1,
  supporter: (row) => row.is_supporting === 1,
};

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
export async function readSpace(db: Db, spaceId: string, caller: Caller, as: SpaceReader = "reader"): Promise<SpaceDetails> {
  const row = await prepare(
    db,
    sql`SELECT id, name, creator_type, creator_id, created_at, ${accessColumns(spaceId, caller, "space_view_data")},
          (SELECT json_group_object(provider_id, size) FROM space_supports WHERE space_id = ${spaceId}) AS providers
        FROM spaces WHERE id = ${spaceId}`,
  ).first<SpaceRow>();
  if (row === null || !READ_ALLOWED[as](row)) throw as === "reader" ? accessDenied(row) : accessDenied(null);
  const providers = JSON.parse(row.providers) as Record<string, number | null>;
  return {
    spaceId: row.id,
    name: row.name,
    canonicalName: row.name,
    providers,
    providersSupports: providers,
    creator: { type: row.creator_type, id: row.creator_id },
    creationTime: row.created_at,
  };
}

/**
 * The ids of the providers supporting a space, oldest support first; members
 * and supporters only. Ties within one second go by `rowid`, i.e. insertion order.
 */
export async function readSpaceProviders(db: Db, spaceId: string, caller: Caller): Promise<string[]> {
  const row = await prepare(
    db,
    sql`SELECT ${accessColumns(spaceId, caller, "space_view_data")},
          (SELECT json_group_array(provider_id) FROM
            (SELECT provider_id FROM space_supports WHERE space_id = ${spaceId} ORDER BY supported_at, rowid)) AS providers
        FROM spaces WHERE id = ${spaceId}`,
  ).first<AccessRow & { providers: string }>();
  if (row === null || (row.is_member !== 1 && row.is_supporting !== 1)) throw accessDenied(null);
  return JSON.parse(row.providers) as string[];
}

/**
 * A user's spaces, oldest membership first, from the `space_members_by_user`
 * index. `joined_at` has whole seconds, so ties go by `rowid` (insertion
 * order, which the covering index carries), not by the random space id.
 */
export async function listUserSpaces(db: Db, userId: string): Promise<{ spaces: string[]; default: string | null }> {
  const row = await prepare(db, sql`SELECT
      (SELECT json_group_array(space_id) FROM
        (SELECT space_id FROM space_members WHERE user_id = ${userId} ORDER BY joined_at, rowid)) AS spaces,
      (SELECT default_space_id FROM users u WHERE u.id = ${userId}
        AND EXISTS (SELECT 1 FROM space_members WHERE space_id = u.default_space_id AND user_id = u.id)) AS default_space`)
    .first<{ spaces: string; default_space: string | null }>();
  return { spaces: JSON.parse(row!.spaces) as string[], default: row!.default_space };
}

/** One page of every space id, in id order after `after` (keyset pagination), and whether more follow. */
export async function listAllSpaces(db: Db, after: string | null, limit: number): Promise<{ spaces: string[]; more: boolean }> {
  const rows = await prepare(db, sql`SELECT id FROM spaces WHERE id > ${after ?? ""} ORDER BY id LIMIT ${limit + 1}`).raw<[string]>();
  return { spaces: rows.slice(0, limit).map(([id]) => id), more: rows.length > limit };
}

/** Passes a caller holding `privilege` in the space (one query); strangers get 404, other members 403. */
export async function requirePrivilege(db: Db, spaceId: string, caller: Caller, privilege: SpacePrivilege): Promise<void> {
  const access = await selectAccess(db, spaceId, caller, privilege).first<AccessRow>();
  if (access?.has_privilege !== 1) throw accessDenied(access);
}

/** A provider's supported spaces, oldest support first (ties by insertion order), from the `space_supports_by_provider` index. */
export async function listProviderSpaces(db: Db, providerId: string): Promise<string[]> {
  const rows = await prepare(
    db,
    sql`SELECT space_id FROM space_supports WHERE provider_id = ${providerId} ORDER BY supported_at, rowid`,
  ).raw<[string]>();
  return rows.map(([spaceId]) => spaceId);
}

/**
 * Renames a space if the caller holds `space_change_data`, in one batch that
 * also reads the caller's access, so a refusal costs no second round trip.
 */
export async function renameSpace(db: Db, spaceId: string, caller: Caller, name: string): Promise<void> {
  const remembered = rememberName(caller.id, caller.kind === "user" ? caller.name : undefined);
  const [access, update] = await db.batch<AccessRow>([
    selectAccess(db, spaceId, caller, "space_change_data"),
    prepare(db, sql`UPDATE spaces SET name = ${name} WHERE id = ${spaceId} AND ${callerHolds(spaceId, caller, "space_change_data")}`),
    ...(remembered ? [prepare(db, remembered)] : []),
  ]);
  if ((update?.meta.changes ?? 0) !== 1) throw accessDenied(access?.results[0]);
}

/**
 * Deletes a space if the caller holds `space_remove`, in one batch that also
 * reads the caller's access. Memberships and supports go with it by
 * `ON DELETE CASCADE` (D1 enforces foreign keys).
 */
export async function deleteSpace(db: Db, spaceId: string, caller: Caller): Promise<void> {
  const [access, deleted] = await db.batch<AccessRow>([
    selectAccess(db, spaceId, caller, "space_remove"),
    prepare(db, sql`DELETE FROM spaces WHERE id = ${spaceId} AND ${callerHolds(spaceId, caller, "space_remove")}`),
  ]);
  // D1's `changes` also counts the rows ON DELETE CASCADE removed: any change means the space is gone.
  if ((deleted?.meta.changes ?? 0) === 0) throw accessDenied(access?.results[0]);
}
