import type { Db, DbStatement } from "./Db";

/** A piece of SQL with its own bound values, in order. */
export class SqlQuery {
  readonly text: string;
  readonly values: readonly unknown[];

  // Plain fields, not parameter properties: the hosts run this file with types merely stripped.
  constructor(text: string, values: readonly unknown[]) {
    this.text = text;
    this.values = values;
  }
}

/**
 * A tagged template for SQL: every interpolated value becomes a `?` bound in
 * place, and an interpolated SqlQuery is spliced in with its own values. So
 * each statement binds exactly its own parameters, in the order they appear,
 * and no value is ever written into the SQL text.
 */
export function sql(strings: TemplateStringsArray, ...values: unknown[]): SqlQuery {
  let text = strings[0]!;
  const bound: unknown[] = [];
  values.forEach((value, index) => {
    if (value instanceof SqlQuery) {
      text += value.text;
      bound.push(...value.values);
    } else {
      text += "?";
      bound.push(value);
    }
    text += strings[index + 1]!;
  });
  return new SqlQuery(text, bound);
}

/** Prepares a query on a database or session, bound to its values. */
export function prepare(db: Db, query: SqlQuery): DbStatement {
  return db.prepare(query.text).bind(...query.values);
}
