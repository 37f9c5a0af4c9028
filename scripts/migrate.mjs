// npm run migrate -- --database-url postgres://…: applies migrations/postgres/ to a PostgreSQL
// database (DATABASE_URL when no --database-url is given), each migration once, under an advisory
// lock, so that several instances or runs at the same time apply each migration exactly once.
import { join } from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { applyPostgresMigrations } from "../hosts/postgres/applyPostgresMigrations.ts";
import { describeDatabaseUrl } from "../hosts/postgres/describeDatabaseUrl.ts";
import { PROJECT_DIR } from "./lib/hosts.mjs";

const { values } = parseArgs({ options: { "database-url": { type: "string" } } });
const databaseUrl = values["database-url"] || process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error("usage: npm run migrate -- --database-url postgres://USER:PASSWORD@HOST:PORT/DATABASE   (or set DATABASE_URL)");
  process.exit(2);
}
const client = new pg.Client({ connectionString: databaseUrl, application_name: "spacegate migrate", connectionTimeoutMillis: 10_000 });
try {
  await client.connect();
  const applied = await applyPostgresMigrations(client, join(PROJECT_DIR, "migrations", "postgres"));
  console.log(JSON.stringify({ message: "migrations applied", database: describeDatabaseUrl(databaseUrl), applied }));
} catch (error) {
  console.error(`migrate: ${describeDatabaseUrl(databaseUrl)}: ${error.message}`);
  process.exitCode = 1;
} finally {
  await client.end().catch(() => {});
}
