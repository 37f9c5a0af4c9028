import type { QueryConfig } from "pg";
import { postgresDialect } from "../common/SqlDialect.ts";

/** How many distinct statement texts get a name; past it (SQL built with a varying shape), statements go unnamed. */
export const MAX_NAMED_STATEMENTS = 1_000;

const named = new Map<string, { readonly name: string; readonly text: string }>();

/**
 * The statement text as PostgreSQL takes it (`$n` placeholders), with a name
 * of its own per distinct text: `pg` then prepares it once per pooled
 * connection (a named prepared statement) and afterwards only binds and
 * executes it, so PostgreSQL parses and plans it once per connection instead
 * of once per request. A read of one space with its access checks (two
 * recursive group walks) takes about 2 ms to plan and 0.5 ms to run, so
 * unnamed it cost about three times as much server time (docs/performance.md,
 * "PostgreSQL round trips"). Names are the same on every connection of this
 * process, and each name always stands for the same text, as `pg` requires.
 * The name is used where connections live long (the hosts' pool:
 * PostgresDbOptions.namedStatements); the numbered text, rewritten once per
 * distinct statement, serves every connection.
 */
export function namedStatement(sql: string): Pick<QueryConfig, "name" | "text"> {
  const known = named.get(sql);
  if (known) return known;
  const text = postgresDialect.placeholders(sql);
  if (named.size >= MAX_NAMED_STATEMENTS) return { text };
  const statement = { name: `spacegate_${named.size + 1}`, text };
  named.set(sql, statement);
  return statement;
}
