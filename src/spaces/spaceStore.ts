import type { Caller } from "../auth/Caller";
import type { Db } from "../common/Db";
import { notFound, ok, type Outcome } from "../common/Outcome";
import { runBatch } from "../common/runBatch";
import { jsonListSql } from "../common/jsonListSql";
import { prepare, sql, type SqlQuery } from "../common/sql";
import { dialectOf } from "../common/SqlDialect";
import { rememberNameSql } from "../users/userStore";
import { accessColumnsSql, callerHoldsSql } from "./effectiveSpaceAccessSql";
import { accessRefusal, type AccessRefusal, type AccessRow } from "./spaceAccess";
import { spaceDetailsSql, toSpaceDetails, type SpaceDetailsRow } from "./spaceDetailsSql";
import type { SpacePrivilege } from "./spacePrivileges";
import type { SpaceDetails, UserSpaceList } from "./spaceResponseSchemas";

// Every SQL statement about reading, renaming, deleting and listing spaces,
// and the access checks the other stores build on. Each builds with `sql`, so
// it binds its own parameters.


// The access checks every space store builds on are effective: a member
// through groups at any depth is a member (effectiveSpaceAccessSql.ts).
export { privilegeInSql } from "../common/privilegeInSql";
export { accessColumnsSql, callerHoldsSql } from "./effectiveSpaceAccessSql";

/** The query answering one AccessRow (no row when the space does not exist). */
export function selectAccessSql(spaceId: string, caller: Caller, privilege: SpacePrivilege): SqlQuery {
  return sql`SELECT ${accessColumnsSql(spaceId, caller, privilege)} FROM spaces WHERE id = ${spaceId}`;
}

/**
 * Who may read a space through each route: `reader` is a member holding
 * `space_view_data` or a supporting provider (`GET /spaces/{id}`), `member`
 * any member (`GET /user/spaces/{id}`), `supporter` a supporting provider
 * (`GET /provider/spaces/{id}`).
 */
export type SpaceReader = "reader" | "member" | "supporter";

const READ_ALLOWED: Record<SpaceReader, (row: AccessRow) => boolean> = {
  reader: (row) => Boolean(row.has_privilege || row.is_supporting),
  member: (row) => Boolean(row.is_member),
  supporter: (row) => Boolean(row.is_supporting),
};

/**
 * One space as its reader may see it, in one query. Members need
 * `space_view_data`; supporting providers may always read.
 */
export async function readSpace(db: Db, spaceId: string, caller: Caller, as: SpaceReader = "reader"): Promise<Outcome<SpaceDetails, AccessRefusal>> {
  const row = await prepare(
    db,
    sql`SELECT ${spaceDetailsSql(dialectOf(db), sql`s`)}, ${accessColumnsSql(spaceId, caller, "space_view_data")} FROM spaces s WHERE s.id = ${spaceId}`,
  ).first<SpaceDetailsRow & AccessRow & { space_id: string }>();
  if (row === null || !READ_ALLOWED[as](row)) return as === "reader" ? accessRefusal(row) : notFound();
  return ok(toSpaceDetails(row));
}

/**
 * The ids of the providers supporting a space, oldest support first; members
 * and supporters only. Ties within one second go by insertion order.
 */
export async function readSpaceProviders(db: Db, spaceId: string, caller: Caller): Promise<Outcome<string[], AccessRefusal>> {
  const d = dialectOf(db);
  const providers = jsonListSql(d, sql`SELECT provider_id AS id, supported_at AS since, ${d.insertionOrder} AS insertion_order
    FROM space_supports WHERE space_id = ${spaceId}`, sql`since, insertion_order`);
  const row = await prepare(
    db,
    sql`SELECT ${accessColumnsSql(spaceId, caller, "space_view_data")}, ${providers} AS providers FROM spaces WHERE id = ${spaceId}`,
  ).first<AccessRow & { providers: string }>();
  if (row === null || !(row.is_member || row.is_supporting)) return notFound();
  return ok(JSON.parse(row.providers) as string[]);
}

/**
 * A user's spaces, oldest membership first, from the `space_members_by_user`
 * index. `joined_at` has whole seconds, so ties go by insertion order
 * (SQLite's `rowid`, which the covering index carries), not by the random space id.
 * `default` is there only when the user has a default space they are still a
 * member of: Onezone 3.0 types it as a string, so a `null` would fail a 3.0
 * client's validation.
 */
export async function listUserSpaces(db: Db, userId: string): Promise<UserSpaceList> {
  const d = dialectOf(db);
  const memberships = jsonListSql(d, sql`SELECT space_id AS id, joined_at AS since, ${d.insertionOrder} AS insertion_order
    FROM space_members WHERE user_id = ${userId}`, sql`since, insertion_order`);
  const row = await prepare(db, sql`SELECT ${memberships} AS spaces,
      (SELECT default_space_id FROM users u WHERE u.id = ${userId}
        AND EXISTS (SELECT 1 FROM space_members WHERE space_id = u.default_space_id AND user_id = u.id)) AS default_space`)
    .first<{ spaces: string; default_space: string | null }>();
  const spaces = JSON.parse(row!.spaces) as string[];
  return row!.default_space === null ? { spaces } : { spaces, default: row!.default_space };
}

/** One page of every space id, in id order after `after` (keyset pagination), and whether more follow. */
export async function listAllSpaces(db: Db, after: string | null, limit: number): Promise<{ spaces: string[]; more: boolean }> {
  const rows = await prepare(db, sql`SELECT id FROM spaces WHERE id > ${after ?? ""} ORDER BY id LIMIT ${limit + 1}`).raw<[string]>();
  return { spaces: rows.slice(0, limit).map(([id]) => id), more: rows.length > limit };
}

/** Whether the caller holds `privilege` in the space (one query); strangers are told there is no such space. */
export async function checkPrivilege(db: Db, spaceId: string, caller: Caller, privilege: SpacePrivilege): Promise<Outcome<void, AccessRefusal>> {
  const access = await prepare(db, selectAccessSql(spaceId, caller, privilege)).first<AccessRow>();
  return access?.has_privilege ? ok() : accessRefusal(access);
}

/** A provider's supported spaces, oldest support first (ties by insertion order), from the `space_supports_by_provider` index. */
export async function listProviderSpaces(db: Db, providerId: string): Promise<string[]> {
  const rows = await prepare(
    db,
    sql`SELECT space_id FROM space_supports WHERE provider_id = ${providerId} ORDER BY supported_at, ${dialectOf(db).insertionOrder}`,
  ).raw<[string]>();
  return rows.map(([spaceId]) => spaceId);
}

/**
 * Renames a space if the caller holds `space_change_data`, in one batch that
 * also reads the caller's access, so a refusal costs no second round trip.
 */
export async function renameSpace(db: Db, spaceId: string, caller: Caller, name: string): Promise<Outcome<void, AccessRefusal>> {
  const [access, update] = await runBatch<AccessRow>(db, [
    selectAccessSql(spaceId, caller, "space_change_data"),
    sql`UPDATE spaces SET name = ${name} WHERE id = ${spaceId} AND ${callerHoldsSql(spaceId, caller, "space_change_data")}`,
    rememberNameSql(caller.id, caller.kind === "user" ? caller.name : undefined),
  ]);
  return (update?.meta.changes ?? 0) === 1 ? ok() : accessRefusal(access?.results[0]);
}

/**
 * Deletes a space if the caller holds `space_remove`, in one batch that also
 * reads the caller's access. Memberships and supports go with it by
 * `ON DELETE CASCADE` (D1 enforces foreign keys).
 */
export async function deleteSpace(db: Db, spaceId: string, caller: Caller): Promise<Outcome<void, AccessRefusal>> {
  const [access, deleted] = await runBatch<AccessRow>(db, [
    selectAccessSql(spaceId, caller, "space_remove"),
    sql`DELETE FROM spaces WHERE id = ${spaceId} AND ${callerHoldsSql(spaceId, caller, "space_remove")}`,
  ]);
  // D1's `changes` also counts the rows ON DELETE CASCADE removed: any change means the space is gone.
  return (deleted?.meta.changes ?? 0) === 0 ? accessRefusal(access?.results[0]) : ok();
}
