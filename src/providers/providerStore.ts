import type { Provider } from "./providerResponseSchemas";
import type { Db } from "../common/Db";
import { prepare, sql, type SqlQuery } from "../common/sql";


interface ProviderRow {
  id: string;
  name: string;
}

const toProvider = (row: ProviderRow): Provider => ({ providerId: row.id, name: row.name });

/** One registered provider, or null. */
export async function findProvider(db: Db, providerId: string): Promise<Provider | null> {
  const row = await prepare(db, sql`SELECT id, name FROM providers WHERE id = ${providerId}`).first<ProviderRow>();
  return row === null ? null : toProvider(row);
}

/** Registers a provider. */
export async function insertProvider(db: Db, provider: Provider, now: number): Promise<void> {
  await prepare(db, sql`INSERT INTO providers (id, name, created_at) VALUES (${provider.providerId}, ${provider.name}, ${now})`).run();
}

/**
 * Unregisters a provider; its supports go with it (`ON DELETE CASCADE`), and
 * its token is refused from the next request on. Answers whether it existed.
 */
export async function deleteProvider(db: Db, providerId: string): Promise<boolean> {
  const result = await prepare(db, sql`DELETE FROM providers WHERE id = ${providerId}`).run();
  return result.meta.changes > 0;
}

/** SQL condition: the provider is (still) registered. */
export function isRegisteredSql(providerId: string): SqlQuery {
  return sql`EXISTS (SELECT 1 FROM providers WHERE id = ${providerId})`;
}
