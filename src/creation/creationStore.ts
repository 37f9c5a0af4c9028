import { runBatch } from "../common/runBatch";
import { SPACE_CREATE_TOKEN_TYPE } from "../auth/tokenTypes";
import type { Db } from "../common/Db";
import { sql, type SqlQuery } from "../common/sql";
import { rememberNameSql } from "../users/userStore";
import { OWNER_PRIVILEGES_JSON } from "../spaces/spacePrivileges";

export interface SpaceCreation {
  readonly spaceId: string;
  readonly name: string;
  readonly ownerId: string;
  readonly createdAt: number;
  readonly creator: { readonly type: "user" | "provider"; readonly id: string };
  /** The `name` claim of the creating user's token, when it had one. */
  readonly creatorName?: string | undefined;
  /** MAX_SPACES_PER_USER: how many spaces may be created for the owner; 0 means no limit. */
  readonly quota: number;
  /** A provider redeeming a space creation token, and supporting the space. */
  readonly support?: {
    readonly providerId: string;
    readonly size: number | null;
    readonly tokenId: string;
    readonly tokenExpiresAt: number;
  };
  /**
   * The group that becomes the space's one member, with all ten privileges,
   * instead of the owner (a provider redeeming a group's space creation token).
   */
  readonly memberGroup?: string;
  /** An `Idempotency-Key` claimed for this creation. */
  readonly idempotency?: {
    readonly principal: string;
    readonly key: string;
    readonly requestHash: string;
  };
}

export type CreationOutcome =
  | { readonly kind: "created" }
  | { readonly kind: "replayed"; readonly spaceId: string }
  | { readonly kind: "key_reused" }
  | { readonly kind: "token_spent" }
  | { readonly kind: "provider_gone" }
  | { readonly kind: "group_gone" }
  | { readonly kind: "quota_exceeded" };

/** The create batch's last row; its conditions are 1/0 on SQLite and true/false on PostgreSQL, read as truthy. */
interface OutcomeRow {
  created: unknown;
  under_quota: unknown;
  key_space_id: string | null;
  key_request_hash: string | null;
  provider_registered: unknown;
  group_exists: unknown;
}

/**
 * SQL condition: fewer than `quota` spaces were made for `ownerId` (0: no
 * limit). Counts at most `quota` rows from the spaces_by_owner index, so the
 * cost stays bounded.
 */
export function underQuotaSql(ownerId: string, quota: number): SqlQuery {
  return quota > 0
    ? sql`(SELECT COUNT(*) FROM (SELECT 1 FROM spaces WHERE owner_id = ${ownerId} LIMIT ${quota}) AS owned) < ${quota}`
    : sql`TRUE`;
}

/**
 * Creates a space in one atomic D1 batch: one round trip, whatever happens.
 *
 * What must be unique is claimed first with `INSERT … ON CONFLICT DO NOTHING`
 * on a primary key: the idempotency key, then the creation token's `jti`
 * (only if the key is ours and the provider is still registered). The space is
 * inserted only where every claim names this new space, and the membership and
 * support only where the space now exists. A claimed key whose space was not
 * created is released again, and the last statement reads what happened. So
 * concurrent requests with one key or one token create exactly one space, and
 * a losing request writes nothing. The owner's quota is checked inside the
 * same statements, so concurrent creates cannot overshoot it, and a refused
 * provider leaves the creation token unspent. A plain user create has
 * nothing to claim and is two inserts.
 */
export async function createSpaceAtomically(db: Db, space: SpaceCreation): Promise<CreationOutcome> {
  const { spaceId, createdAt, support, idempotency } = space;
  const spaceExists = sql`EXISTS (SELECT 1 FROM spaces WHERE id = ${spaceId})`;
  const keyIsOurs = idempotency && sql`EXISTS (SELECT 1 FROM idempotency_keys
    WHERE principal = ${idempotency.principal} AND idempotency_key = ${idempotency.key} AND space_id = ${spaceId})`;
  const tokenIsOurs = support && sql`EXISTS (SELECT 1 FROM spent_tokens WHERE jti = ${support.tokenId} AND claim_id = ${spaceId})`;
  const providerRegistered = sql`EXISTS (SELECT 1 FROM providers WHERE id = ${support?.providerId ?? null})`;
  const underQuota = underQuotaSql(space.ownerId, space.quota);
  // A group's creation token makes a space only while the group exists: it would be the one member.
  const groupExists = space.memberGroup === undefined ? sql`TRUE` : sql`EXISTS (SELECT 1 FROM groups g WHERE g.id = ${space.memberGroup})`;
  const claimsHeld = sql`${keyIsOurs ?? sql`TRUE`} AND ${tokenIsOurs ?? sql`TRUE`} AND ${underQuota} AND ${groupExists}`;
  const insertSpace = sql`INSERT INTO spaces (id, name, creator_type, creator_id, owner_id, created_at)
    SELECT ${spaceId}, ${space.name}, ${space.creator.type}, ${space.creator.id}, ${space.ownerId}, ${createdAt}`;
  const name = space.creator.type === "user" ? rememberNameSql(space.creator.id, space.creatorName) : undefined;
  const insertMember = space.memberGroup === undefined
    ? sql`INSERT INTO space_members (space_id, user_id, privileges, joined_at)
    SELECT ${spaceId}, ${space.ownerId}, ${OWNER_PRIVILEGES_JSON}, ${createdAt}`
    : sql`INSERT INTO space_groups (space_id, group_id, privileges, joined_at)
    SELECT ${spaceId}, ${space.memberGroup}, ${OWNER_PRIVILEGES_JSON}, ${createdAt}`;

  if (!idempotency && !support) {
    const statements = [sql`${insertSpace} WHERE ${underQuota}`, sql`${insertMember} WHERE ${spaceExists}`, name];
    const [inserted] = await runBatch(db, statements);
    return (inserted?.meta.changes ?? 0) === 1 ? { kind: "created" } : { kind: "quota_exceeded" };
  }
  const statements = [
    idempotency && sql`INSERT INTO idempotency_keys (principal, idempotency_key, request_hash, space_id, created_at)
      VALUES (${idempotency.principal}, ${idempotency.key}, ${idempotency.requestHash}, ${spaceId}, ${createdAt})
      ON CONFLICT DO NOTHING`,
    support && sql`INSERT INTO spent_tokens (jti, kind, claim_id, subject_id, spent_at, expires_at)
      SELECT ${support.tokenId}, ${SPACE_CREATE_TOKEN_TYPE}, ${spaceId}, ${spaceId}, ${createdAt}, ${support.tokenExpiresAt}
      WHERE ${providerRegistered} AND ${keyIsOurs ?? sql`TRUE`} AND ${underQuota} AND ${groupExists}
      ON CONFLICT (jti) DO NOTHING`,
    sql`${insertSpace} WHERE ${claimsHeld}`,
    sql`${insertMember} WHERE ${spaceExists}`,
    name,
    support && sql`INSERT INTO space_supports (space_id, provider_id, size, supported_at)
      SELECT ${spaceId}, ${support.providerId}, ${support.size}, ${createdAt} WHERE ${spaceExists}`,
    idempotency && sql`DELETE FROM idempotency_keys
      WHERE principal = ${idempotency.principal} AND idempotency_key = ${idempotency.key} AND space_id = ${spaceId}
        AND NOT ${spaceExists}`,
    sql`SELECT ${spaceExists} AS created, ${underQuota} AS under_quota,
      (SELECT space_id FROM idempotency_keys
        WHERE principal = ${idempotency?.principal ?? null} AND idempotency_key = ${idempotency?.key ?? null}) AS key_space_id,
      (SELECT request_hash FROM idempotency_keys
        WHERE principal = ${idempotency?.principal ?? null} AND idempotency_key = ${idempotency?.key ?? null}) AS key_request_hash,
      ${providerRegistered} AS provider_registered, ${groupExists} AS group_exists`,
  ];
  const results = await runBatch<OutcomeRow>(db, statements);
  const outcome = results.at(-1)?.results[0];
  if (!outcome) throw new Error("the create batch returned no outcome row");
  return decide(outcome, space);
}

function decide(outcome: OutcomeRow, space: SpaceCreation): CreationOutcome {
  if (outcome.created) return { kind: "created" };
  // Before a replay: a revoked provider is refused whatever it sends (authentication leaves this check to the batch).
  if (space.support && !outcome.provider_registered) return { kind: "provider_gone" };
  if (space.idempotency && outcome.key_space_id !== null) {
    return outcome.key_request_hash === space.idempotency.requestHash
      ? { kind: "replayed", spaceId: outcome.key_space_id }
      : { kind: "key_reused" };
  }
  if (!outcome.group_exists) return { kind: "group_gone" };
  if (!outcome.under_quota) return { kind: "quota_exceeded" };
  return { kind: "token_spent" };
}
