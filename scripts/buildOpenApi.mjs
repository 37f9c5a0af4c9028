// npm run build:openapi: writes openapi.json, client/spacegate.d.ts, the error table of docs/errors.md
// and the settings table of docs/configuration.md, all derived from the route table, its valibot
// schemas, the error catalogue and the settings table (src/settings/settingsTable.ts).
// With --check, writes nothing and exits 1 when any of them is stale.
import { readFileSync, writeFileSync } from "node:fs";
import { relative } from "node:path";
import {
  CLIENT_TYPES_FILE, CONFIGURATION_FILE, ERRORS_FILE, loadBuildModule, OPENAPI_FILE, renderClientTypes,
  renderConfigurationGuide, renderDocument, renderErrorsGuide,
} from "./lib/clientTypes.mjs";

const check = process.argv.includes("--check");
const { buildApiDocument, documentedErrors, settingsTable } = await loadBuildModule();
const document = buildApiDocument();
const outputs = [
  [OPENAPI_FILE, renderDocument(document)],
  [CLIENT_TYPES_FILE, await renderClientTypes(document)],
  [ERRORS_FILE, renderErrorsGuide(documentedErrors)],
  [CONFIGURATION_FILE, renderConfigurationGuide(settingsTable)],
];
let stale = 0;
for (const [file, content] of outputs) {
  const name = relative(process.cwd(), file);
  const current = readFileSync(file, "utf8");
  if (current === content) continue;
  if (check) {
    console.error(`${name} is stale: run npm run build:openapi and commit the result.`);
    stale++;
  } else {
    writeFileSync(file, content);
    console.log(`Wrote ${name}`);
  }
}
if (check && stale === 0) console.log("openapi.json, client/spacegate.d.ts and the tables of docs/errors.md and docs/configuration.md are current.");
process.exitCode = stale > 0 ? 1 : 0;
