import type { Db } from "../common/Db";

export interface Provider {
  readonly providerId: string;
  readonly name: string;
}

interface ProviderRow {
  id: string;
  name: string;
}

const toProvider = (row: ProviderRow): Provider => ({ providerId: row.id, name: row.name });

/** One registered provider, or null. */
export async function findProvider(db: Db, providerId: string): Promise<Provider | null> {
  const row = await db
    .prepare("SELECT id, name FROM providers WHERE id = ?1")
    .bind(providerId)
    .first<ProviderRow>();
  return row === null ? null : toProvider(row);
}

/** Registers a provider. */
export async function insertProvider(db: Db, provider: Provider, now: number): Promise<void> {
  await db
    .prepare("INSERT INTO providers (id, name, created_at) VALUES (?1, ?2, ?3)")
    .bind(provider.providerId, provider.name, now)
    .run();
}

/**
 * Unregisters a provider and drops its supports in one atomic batch; its
 * token is refused from the next request on. Answers whether it existed.
 */
export async function deleteProvider(db: Db, providerId: string): Promise<boolean> {
  const [, deleted] = await db.batch([
    db.prepare("DELETE FROM space_supports WHERE provider_id = ?1").bind(providerId),
    db.prepare("DELETE FROM providers WHERE id = ?1").bind(providerId),
  ]);
  return (deleted?.meta.changes ?? 0) > 0;
}
