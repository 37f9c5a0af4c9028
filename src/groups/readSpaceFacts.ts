import type { Caller } from "../auth/Caller";
import type { Db } from "../common/Db";
import { prepare, sql, type SqlQuery } from "../common/sql";
import { effectiveAccessColumnsSql } from "../spaces/effectiveSpaceAccessSql";
import type { SpacePrivilege } from "../spaces/spacePrivileges";
import { FORBIDDEN, notFound, ok, type Forbidden, type NotFound, type Outcome } from "../common/Outcome";

/** What a privilege-checked statement tells about its caller on a space (spaces/spaceAccess.ts's AccessRow, read as truthy). */
export interface SpaceAccessFacts {
  readonly is_member: unknown;
  readonly has_privilege: unknown;
  readonly is_supporting: unknown;
}

/** Strangers (and callers of a space that is gone) get not_found; members and supporters lacking the privilege forbidden. */
export function spaceAccessRefusal(row: SpaceAccessFacts | null | undefined): SpaceAccessRefusal {
  return row && (row.is_member || row.is_supporting) ? FORBIDDEN : notFound();
}

/** How a space refuses a caller: as if it did not exist, or for want of a privilege. */
export type SpaceAccessRefusal = Forbidden | NotFound;

/**
 * Reads `columns` about a space for a caller holding `privilege` in it
 * effectively (default `space_view_data`), with the access check, in one query.
 */
export async function readSpaceFacts<Row extends object>(
  db: Db,
  spaceId: string,
  caller: Caller,
  columns: SqlQuery,
  privilege: SpacePrivilege = "space_view_data",
): Promise<Outcome<Row, SpaceAccessRefusal>> {
  const row = await prepare(db, sql`SELECT ${effectiveAccessColumnsSql(spaceId, caller, privilege)}, ${columns}
    FROM spaces s WHERE s.id = ${spaceId}`).first<Row & SpaceAccessFacts>();
  return row?.has_privilege ? ok(row) : spaceAccessRefusal(row);
}
