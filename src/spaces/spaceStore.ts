import type { Caller } from "../auth/Caller";
import type { Db } from "../common/Db";
import { accessDenied, type AccessRow, bindAccess, CALLER_HOLDS_PRIVILEGE, selectAccess } from "./spaceAccess";

/**
 * Renames a space if the caller holds `space_change_data`, in one batch that
 * also reads the caller's access, so a refusal costs no second round trip.
 */
export async function renameSpace(db: Db, spaceId: string, caller: Caller, name: string): Promise<void> {
  const [access, update] = await db.batch<AccessRow>([
    selectAccess(db, spaceId, caller, "space_change_data"),
    bindAccess(db, `UPDATE spaces SET name = ?5 WHERE id = ?1 AND ${CALLER_HOLDS_PRIVILEGE}`, spaceId, caller, "space_change_data", name),
  ]);
  if ((update?.meta.changes ?? 0) !== 1) throw accessDenied(access?.results[0]);
}

/**
 * Deletes a space with its memberships and supports if the caller holds
 * `space_remove`: one atomic batch that reads the access first, deletes the
 * space only when allowed, and then removes whatever rows it orphaned.
 */
export async function deleteSpace(db: Db, spaceId: string, caller: Caller): Promise<void> {
  const orphaned = "space_id = ?1 AND NOT EXISTS (SELECT 1 FROM spaces WHERE id = ?1)";
  const [access, deleted] = await db.batch<AccessRow>([
    selectAccess(db, spaceId, caller, "space_remove"),
    bindAccess(db, `DELETE FROM spaces WHERE id = ?1 AND ${CALLER_HOLDS_PRIVILEGE}`, spaceId, caller, "space_remove"),
    db.prepare(`DELETE FROM space_members WHERE ${orphaned}`).bind(spaceId),
    db.prepare(`DELETE FROM space_supports WHERE ${orphaned}`).bind(spaceId),
  ]);
  // D1 enforces foreign keys, and its `changes` also counts the rows that
  // ON DELETE CASCADE removed, so any change at all means the space is gone.
  if ((deleted?.meta.changes ?? 0) === 0) throw accessDenied(access?.results[0]);
}
