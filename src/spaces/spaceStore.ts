import type { Caller } from "../auth/Caller";
import type { Db } from "../common/Db";
import { accessDenied, type AccessRow, bindAccess, CALLER_HOLDS_PRIVILEGE, selectAccess } from "./spaceAccess";
import { OWNER_PRIVILEGES_JSON } from "./spacePrivileges";

export interface NewSpace {
  readonly spaceId: string;
  readonly name: string;
  readonly ownerId: string;
  readonly createdAt: number;
}

export interface SupportedSpace extends NewSpace {
  readonly providerId: string;
  readonly size: number | null;
  readonly tokenId: string;
  readonly tokenExpiresAt: number;
}

/** Creates a user's space and their owner membership in one atomic batch (one round trip). */
export async function insertUserSpace(db: Db, space: NewSpace): Promise<void> {
  await db.batch([
    db
      .prepare("INSERT INTO spaces (id, name, creator_type, creator_id, created_at) VALUES (?1, ?2, 'user', ?3, ?4)")
      .bind(space.spaceId, space.name, space.ownerId, space.createdAt),
    insertOwner(db, space),
  ]);
}

export type RedeemOutcome = "created" | "token_spent" | "provider_gone";

/**
 * Redeems a space creation token in one atomic batch: spends the token, then
 * creates the space, the owner's membership and the provider's support.
 * The spend is `INSERT … ON CONFLICT DO NOTHING` guarded by the provider
 * still being registered; every later row is inserted only if the spent row
 * names this very space. So of two racing redemptions, the primary key lets
 * exactly one spend the token, and the other writes nothing at all.
 */
export async function redeemSpaceCreateToken(db: Db, space: SupportedSpace): Promise<RedeemOutcome> {
  const spentByThisSpace = "EXISTS (SELECT 1 FROM spent_space_tokens WHERE jti = ?1 AND space_id = ?2)";
  const results = await db.batch([
    db
      .prepare(
        `INSERT INTO spent_space_tokens (jti, space_id, spent_at, expires_at)
         SELECT ?1, ?2, ?3, ?4 WHERE EXISTS (SELECT 1 FROM providers WHERE id = ?5)
         ON CONFLICT (jti) DO NOTHING`,
      )
      .bind(space.tokenId, space.spaceId, space.createdAt, space.tokenExpiresAt, space.providerId),
    db
      .prepare(
        `INSERT INTO spaces (id, name, creator_type, creator_id, created_at)
         SELECT ?2, ?3, 'provider', ?4, ?5 WHERE ${spentByThisSpace}`,
      )
      .bind(space.tokenId, space.spaceId, space.name, space.providerId, space.createdAt),
    db
      .prepare(
        `INSERT INTO space_members (space_id, user_id, privileges, joined_at)
         SELECT ?2, ?3, ?4, ?5 WHERE ${spentByThisSpace}`,
      )
      .bind(space.tokenId, space.spaceId, space.ownerId, OWNER_PRIVILEGES_JSON, space.createdAt),
    db
      .prepare(
        `INSERT INTO space_supports (space_id, provider_id, size, supported_at)
         SELECT ?2, ?3, ?4, ?5 WHERE ${spentByThisSpace}`,
      )
      .bind(space.tokenId, space.spaceId, space.providerId, space.size, space.createdAt),
    db.prepare("SELECT EXISTS (SELECT 1 FROM providers WHERE id = ?1) AS registered").bind(space.providerId),
  ]);
  if ((results[1]?.meta.changes ?? 0) === 1) return "created";
  const registered = (results[4]?.results[0] as { registered: number } | undefined)?.registered === 1;
  return registered ? "token_spent" : "provider_gone";
}

function insertOwner(db: Db, space: NewSpace): D1PreparedStatement {
  return db
    .prepare("INSERT INTO space_members (space_id, user_id, privileges, joined_at) VALUES (?1, ?2, ?3, ?4)")
    .bind(space.spaceId, space.ownerId, OWNER_PRIVILEGES_JSON, space.createdAt);
}

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
