/** What the stores need from D1: a database or a D1 session (read replication). */
export type Db = Pick<D1Database, "prepare" | "batch">;
