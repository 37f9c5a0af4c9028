import { bindNumbered } from "../common/bindNumbered";
import type { Db } from "../common/Db";
import { OWNER_PRIVILEGES_JSON } from "./spacePrivileges";

export interface SpaceCreation {
  readonly spaceId: string;
  readonly name: string;
  readonly ownerId: string;
  readonly createdAt: number;
  readonly creator: { readonly type: "user" | "provider"; readonly id: string };
  /** A provider redeeming a space creation token, and supporting the space. */
  readonly support?: {
    readonly providerId: string;
    readonly size: number | null;
    readonly tokenId: string;
    readonly tokenExpiresAt: number;
  };
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
  | { readonly kind: "provider_gone" };

interface OutcomeRow {
  created: number;
  key_space_id: string | null;
  key_request_hash: string | null;
  provider_registered: number;
}

// Parameter numbers shared by every statement of the batch (see bindNumbered).
const SPACE_EXISTS = "EXISTS (SELECT 1 FROM spaces WHERE id = ?1)";
const KEY_IS_OURS = `EXISTS (SELECT 1 FROM idempotency_keys WHERE principal = ?8 AND idempotency_key = ?9 AND space_id = ?1)`;
const TOKEN_IS_OURS = "EXISTS (SELECT 1 FROM spent_space_tokens WHERE jti = ?11 AND space_id = ?1)";
const PROVIDER_REGISTERED = "EXISTS (SELECT 1 FROM providers WHERE id = ?13)";

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
 * a losing request writes nothing.
 */
export async function createSpaceAtomically(db: Db, space: SpaceCreation): Promise<CreationOutcome> {
  const { support, idempotency } = space;
  const params = [
    space.spaceId, space.name, space.creator.type, space.creator.id, space.createdAt, space.ownerId,
    OWNER_PRIVILEGES_JSON, idempotency?.principal ?? null, idempotency?.key ?? null,
    idempotency?.requestHash ?? null, support?.tokenId ?? null, support?.tokenExpiresAt ?? null,
    support?.providerId ?? null, support?.size ?? null,
  ];
  const claims = [...(idempotency ? [KEY_IS_OURS] : []), ...(support ? [TOKEN_IS_OURS] : [])];
  const sql: string[] = [];
  if (idempotency) {
    sql.push(`INSERT INTO idempotency_keys (principal, idempotency_key, request_hash, space_id, created_at)
              VALUES (?8, ?9, ?10, ?1, ?5) ON CONFLICT DO NOTHING`);
  }
  if (support) {
    sql.push(`INSERT INTO spent_space_tokens (jti, space_id, spent_at, expires_at)
              SELECT ?11, ?1, ?5, ?12 WHERE ${[PROVIDER_REGISTERED, ...(idempotency ? [KEY_IS_OURS] : [])].join(" AND ")}
              ON CONFLICT (jti) DO NOTHING`);
  }
  sql.push(
    claims.length === 0
      ? "INSERT INTO spaces (id, name, creator_type, creator_id, created_at) VALUES (?1, ?2, ?3, ?4, ?5)"
      : `INSERT INTO spaces (id, name, creator_type, creator_id, created_at)
         SELECT ?1, ?2, ?3, ?4, ?5 WHERE ${claims.join(" AND ")}`,
  );
  sql.push(
    claims.length === 0
      ? "INSERT INTO space_members (space_id, user_id, privileges, joined_at) VALUES (?1, ?6, ?7, ?5)"
      : `INSERT INTO space_members (space_id, user_id, privileges, joined_at) SELECT ?1, ?6, ?7, ?5 WHERE ${SPACE_EXISTS}`,
  );
  if (support) {
    sql.push(`INSERT INTO space_supports (space_id, provider_id, size, supported_at)
              SELECT ?1, ?13, ?14, ?5 WHERE ${SPACE_EXISTS}`);
  }
  if (claims.length === 0) {
    await db.batch(sql.map((text) => bindNumbered(db, text, params)));
    return { kind: "created" };
  }
  if (idempotency) {
    sql.push(`DELETE FROM idempotency_keys
              WHERE principal = ?8 AND idempotency_key = ?9 AND space_id = ?1 AND NOT ${SPACE_EXISTS}`);
  }
  sql.push(`SELECT ${SPACE_EXISTS} AS created,
              (SELECT space_id FROM idempotency_keys WHERE principal = ?8 AND idempotency_key = ?9) AS key_space_id,
              (SELECT request_hash FROM idempotency_keys WHERE principal = ?8 AND idempotency_key = ?9) AS key_request_hash,
              ${PROVIDER_REGISTERED} AS provider_registered`);
  const results = await db.batch<OutcomeRow>(sql.map((text) => bindNumbered(db, text, params)));
  const outcome = results.at(-1)?.results[0];
  if (!outcome) throw new Error("the create batch returned no outcome row");
  return decide(outcome, space);
}

function decide(outcome: OutcomeRow, space: SpaceCreation): CreationOutcome {
  if (outcome.created === 1) return { kind: "created" };
  if (space.idempotency && outcome.key_space_id !== null) {
    return outcome.key_request_hash === space.idempotency.requestHash
      ? { kind: "replayed", spaceId: outcome.key_space_id }
      : { kind: "key_reused" };
  }
  return outcome.provider_registered === 1 ? { kind: "token_spent" } : { kind: "provider_gone" };
}
