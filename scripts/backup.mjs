// npm run backup -- FILE: a consistent copy of the Bun/Deno host's SQLite database (SPACEGATE_DB,
// default .data/spacegate.sqlite), safe while the host serves: one read transaction (WAL) via VACUUM INTO.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { setting } from "../src/settings/setting.ts";

const target = process.argv[2];
if (!target) {
  console.error("usage: npm run backup -- FILE   (copies SPACEGATE_DB, default .data/spacegate.sqlite)");
  process.exit(2);
}
const source = resolve(setting(process.env, "SPACEGATE_DB"));
if (!existsSync(source)) {
  console.error(`no database at ${source}`);
  process.exit(1);
}
if (existsSync(target)) {
  console.error(`${target} exists; choose a new file`);
  process.exit(1);
}
const db = new DatabaseSync(source, { readOnly: true });
try {
  db.exec("PRAGMA busy_timeout = 10000");
  db.prepare("VACUUM INTO ?").run(resolve(target));
} finally {
  db.close();
}
console.log(`Backed up ${source} to ${resolve(target)}`);
