import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { applyPostgresMigrations } from "../../../hosts/postgres/applyPostgresMigrations.ts";

export const POSTGRES_MIGRATIONS = new URL("../../../migrations/postgres/", import.meta.url).pathname;

/** A URL of the throwaway cluster naming another database (same user and password). */
export function databaseUrl(database: string): string {
  const url = new URL(inject("postgresUrl"));
  url.pathname = `/${database}`;
  return url.toString();
}

/** Runs `work` with a client of the cluster's `postgres` database, then ends it. */
export async function withAdminClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(inject("postgresUrl"));
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh, empty database of its own for a test file; with `migrated`, the spacegate schema applied. */
export async function createTestDatabase({ migrated = false } = {}): Promise<string> {
  const name = `t_${randomBytes(6).toString("hex")}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE ${name}`));
  const url = databaseUrl(name);
  if (migrated) {
    const client = new pg.Client(url);
    await client.connect();
    try {
      await applyPostgresMigrations(client, POSTGRES_MIGRATIONS);
    } finally {
      await client.end();
    }
  }
  return url;
}
