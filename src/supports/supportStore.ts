import type { Caller } from "../auth/Caller";
import type { Db } from "../common/Db";
import { notFound, ok, type NotFound, type Outcome } from "../common/Outcome";
import { runBatch } from "../common/runBatch";
import { prepare, sql, type SqlQuery } from "../common/sql";
import type { Provider } from "../providers/providerResponseSchemas";
import { accessRefusal, type AccessRefusal, type AccessRow } from "../spaces/spaceAccess";
import { accessColumnsSql, callerHoldsSql, selectAccessSql } from "../spaces/spaceStore";

// Every SQL statement about providers supporting spaces beyond the one a
// space is created with (that one is part of the create batch).

/** How a support operation refuses: the space's refusals, or no such support. */
export type SupportRefusal = AccessRefusal | NotFound<"support">;

/** The statement that adds a support where `condition` holds; an existing support is left as is. */
export function addSupportSql(spaceId: string, providerId: string, size: number | null, now: number, condition: SqlQuery): SqlQuery {
  return sql`INSERT INTO space_supports (space_id, provider_id, size, supported_at)
    SELECT ${spaceId}, ${providerId}, ${size}, ${now} WHERE ${condition}
    ON CONFLICT (space_id, provider_id) DO NOTHING`;
}

/**
 * A provider supporting the space, for a member holding `space_view_data` or
 * for that provider itself, in one query.
 */
export async function readSpaceProvider(
  db: Db,
  spaceId: string,
  caller: Caller,
  providerId: string,
): Promise<Outcome<Provider, SupportRefusal>> {
  const row = await prepare(db, sql`SELECT ${accessColumnsSql(spaceId, caller, "space_view_data")},
      (SELECT p.name FROM space_supports s JOIN providers p ON p.id = s.provider_id
        WHERE s.space_id = ${spaceId} AND s.provider_id = ${providerId}) AS name
    FROM spaces WHERE id = ${spaceId}`).first<AccessRow & { name: string | null }>();
  const itself = caller.kind === "provider" && caller.id === providerId && Boolean(row?.is_supporting);
  if (row === null || !(row.has_privilege || itself)) return accessRefusal(row);
  return row.name === null ? notFound("support") : ok({ providerId, name: row.name });
}

/** Ends a provider's support of a space, for a member holding `space_remove_provider`. */
export async function removeSupport(db: Db, spaceId: string, caller: Caller, providerId: string): Promise<Outcome<void, SupportRefusal>> {
  const [access, removed] = await runBatch<AccessRow>(db, [
    selectAccessSql(spaceId, caller, "space_remove_provider"),
    sql`DELETE FROM space_supports WHERE space_id = ${spaceId} AND provider_id = ${providerId}
      AND ${callerHoldsSql(spaceId, caller, "space_remove_provider")}`,
  ]);
  if ((removed?.meta.changes ?? 0) > 0) return ok();
  const row = access?.results[0];
  return row?.has_privilege ? notFound("support") : accessRefusal(row);
}

/** The calling provider stops supporting a space; a space it does not support is not found. */
export async function stopSupporting(db: Db, spaceId: string, providerId: string): Promise<Outcome<void, NotFound>> {
  const result = await prepare(db, sql`DELETE FROM space_supports WHERE space_id = ${spaceId} AND provider_id = ${providerId}`).run();
  return result.meta.changes === 0 ? notFound() : ok();
}
