// npm run copy -- --from FILE --to postgres://…: copies a zone (a SQLite file of the Bun/Deno
// hosts, or a `wrangler d1 export` dump) into PostgreSQL, then compares every table's row count
// and checksum. docs/copying-a-zone.md. Exit code 0: copied and equal; 1: refused, failed or
// different; 2: usage.
import { join } from "node:path";
import { parseArgs } from "node:util";
import { CopyRefusedError } from "../hosts/postgres/copy/CopyRefusedError.ts";
import { copyZone } from "../hosts/postgres/copy/copyZone.ts";
import { formatCopyReport } from "../hosts/postgres/copy/formatCopyReport.ts";
import { progressPrinter } from "../hosts/postgres/copy/progressPrinter.ts";
import { describeDatabaseUrl } from "../hosts/postgres/describeDatabaseUrl.ts";
import { PROJECT_DIR } from "./lib/hosts.mjs";

const USAGE = "usage: npm run copy -- --from FILE --to postgres://USER:PASSWORD@HOST:PORT/DATABASE [--into-non-empty] [--batch-size 500]";
let values;
try {
  ({ values } = parseArgs({
    options: { from: { type: "string" }, to: { type: "string" }, "into-non-empty": { type: "boolean", default: false }, "batch-size": { type: "string", default: "500" } },
  }));
} catch (error) {
  console.error(`${error.message}\n${USAGE}`);
  process.exit(2);
}
const batchSize = Number(values["batch-size"]);
if (!values.from || !values.to || !/^postgres(ql)?:\/\//.test(values.to) || !Number.isInteger(batchSize) || batchSize < 1 || batchSize > 5000) {
  console.error(`${USAGE}\n(--batch-size from 1 to 5000)`);
  process.exit(2);
}
const target = describeDatabaseUrl(values.to);
console.error(`copy: ${values.from} → ${target}`);
try {
  const report = await copyZone({
    from: values.from,
    to: values.to,
    migrationsFolder: join(PROJECT_DIR, "migrations", "postgres"),
    intoNonEmpty: values["into-non-empty"],
    batchSize,
    onProgress: progressPrinter((line) => console.error(line)),
  });
  console.log(formatCopyReport(report));
  process.exitCode = report.matches ? 0 : 1;
} catch (error) {
  const refused = error instanceof CopyRefusedError;
  // pg's messages name hosts and users at most, never the password; the URL is printed only as described.
  console.error(`copy: ${refused ? "refused" : "failed"}: ${target}: ${error.message}`);
  process.exitCode = 1;
}
