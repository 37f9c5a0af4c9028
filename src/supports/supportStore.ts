import type { Caller } from "../auth/Caller";
import type { Db } from "../common/Db";
import { prepare, sql, type SqlQuery } from "../common/sql";
import { ApiError } from "../http/ApiError";
import { accessDenied, type AccessRow } from "../spaces/spaceAccess";
import { accessColumns, callerHolds, selectAccess } from "../spaces/spaceStore";

// Every SQL statement about providers supporting spaces beyond the one a
// space is created with (that one is part of the create batch).

const noSuchSupport = () => new ApiError(404, "not_found", "No such provider supports this space.");

/** The statement that adds a support where `condition` holds; an existing support is left as is. */
export function addSupport(spaceId: string, providerId: string, size: number | null, now: number, condition: SqlQuery): SqlQuery {
  return sql`INSERT INTO space_supports (space_id, provider_id, size, supported_at)
    SELECT ${spaceId}, ${providerId}, ${size}, ${now} WHERE ${condition}
    ON CONFLICT (space_id, provider_id) DO NOTHING`;
}

/**
 * A provider supporting the space, for a member holding `space_view_data` or
 * for that provider itself, in one query.
 */
export async function readSpaceProvider(db: Db, spaceId: string, caller: Caller, providerId: string) {
  const row = await prepare(db, sql`SELECT ${accessColumns(spaceId, caller, "space_view_data")},
      (SELECT p.name FROM space_supports s JOIN providers p ON p.id = s.provider_id
        WHERE s.space_id = ${spaceId} AND s.provider_id = ${providerId}) AS name
    FROM spaces WHERE id = ${spaceId}`).first<AccessRow & { name: string | null }>();
  const itself = caller.kind === "provider" && caller.id === providerId && row?.is_supporting === 1;
  if (row === null || (row.has_privilege !== 1 && !itself)) throw accessDenied(row);
  if (row.name === null) throw noSuchSupport();
  return { providerId, name: row.name };
}

/** Ends a provider's support of a space, for a member holding `space_remove_provider`. */
export async function removeSupport(db: Db, spaceId: string, caller: Caller, providerId: string): Promise<void> {
  const [access, removed] = await db.batch<AccessRow>([
    selectAccess(db, spaceId, caller, "space_remove_provider"),
    prepare(db, sql`DELETE FROM space_supports WHERE space_id = ${spaceId} AND provider_id = ${providerId}
      AND ${callerHolds(spaceId, caller, "space_remove_provider")}`),
  ]);
  if ((removed?.meta.changes ?? 0) > 0) return;
  const row = access?.results[0];
  if (row?.has_privilege !== 1) throw accessDenied(row);
  throw noSuchSupport();
}

/** The calling provider stops supporting a space; a space it does not support is 404. */
export async function dropSupport(db: Db, spaceId: string, providerId: string): Promise<void> {
  const result = await prepare(db, sql`DELETE FROM space_supports WHERE space_id = ${spaceId} AND provider_id = ${providerId}`).run();
  if (result.meta.changes === 0) throw new ApiError(404, "not_found", "No such space.");
}
