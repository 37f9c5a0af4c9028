import type { Db } from "../common/Db";
import { prepare, sql, type SqlQuery } from "../common/sql";
import { notFound, ok, type NotFound, type Outcome } from "../common/Outcome";

// Every SQL statement about what is kept of users: the `name` claim last seen
// on a token of theirs that created, joined or wrote to a space, and their
// default space. Nothing else about a user is stored.

/**
 * The statement that remembers a user's `name` claim (undefined when the
 * token carried none), optionally only where `condition` holds. Users are
 * upserted: this table holds nothing else about them but the default space.
 * A name already kept is only read, never rewritten: most writes of a user
 * carry the name they carried before, and rewriting the row each time would
 * make it the one row every write of that user rewrites, so that two of their
 * writes at once conflict on PostgreSQL (docs/capacity-plan.md). The check is
 * in the upsert's own `WHERE`, which reads that one row: a separate
 * `NOT EXISTS` read would lock an index page on PostgreSQL, and so conflict
 * with other users' writes too.
 */
export function rememberNameSql(userId: string, name: string | undefined, condition: SqlQuery = sql`TRUE`): SqlQuery | undefined {
  if (name === undefined) return undefined;
  return sql`INSERT INTO users (id, name) SELECT ${userId}, ${name} WHERE ${condition}
    ON CONFLICT (id) DO UPDATE SET name = excluded.name WHERE users.name IS NULL OR users.name <> excluded.name`;
}

/** The user's default space, only while they are still a member of it. */
export async function readDefaultSpace(db: Db, userId: string): Promise<string | null> {
  const row = await prepare(db, sql`SELECT default_space_id FROM users u WHERE id = ${userId}
    AND EXISTS (SELECT 1 FROM space_members WHERE space_id = u.default_space_id AND user_id = u.id)`).first<{ default_space_id: string }>();
  return row?.default_space_id ?? null;
}

/** Sets (or, with null, clears) the user's default space; a space they are not a member of is not found. */
export async function setDefaultSpace(db: Db, userId: string, spaceId: string | null): Promise<Outcome<void, NotFound>> {
  const condition = spaceId === null ? sql`TRUE` : sql`EXISTS (SELECT 1 FROM space_members WHERE space_id = ${spaceId} AND user_id = ${userId})`;
  const result = await prepare(db, sql`INSERT INTO users (id, default_space_id) SELECT ${userId}, ${spaceId} WHERE ${condition}
    ON CONFLICT (id) DO UPDATE SET default_space_id = excluded.default_space_id`).run();
  return result.meta.changes === 0 ? notFound() : ok();
}
