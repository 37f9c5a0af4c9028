import type { Caller } from "../auth/Caller";
import type { Db } from "../common/Db";
import { prepare, sql, type SqlQuery } from "../common/sql";
import { accessColumnsSql } from "../spaces/effectiveSpaceAccessSql";
import type { SpacePrivilege } from "../spaces/spacePrivileges";
import { ok, type Outcome } from "../common/Outcome";
import { accessRefusal, type AccessRefusal, type AccessRow } from "../spaces/spaceAccess";

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
): Promise<Outcome<Row, AccessRefusal>> {
  const row = await prepare(db, sql`SELECT ${accessColumnsSql(spaceId, caller, privilege)}, ${columns}
    FROM spaces s WHERE s.id = ${spaceId}`).first<Row & AccessRow>();
  return row?.has_privilege ? ok(row) : accessRefusal(row);
}
