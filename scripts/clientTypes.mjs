// npm run client:types: regenerates client/spacegate.d.ts from the worker's OpenAPI document.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, relative } from "node:path";
import { CLIENT_TYPES_FILE, loadApiDocument, renderClientTypes } from "./lib/clientTypes.mjs";

mkdirSync(dirname(CLIENT_TYPES_FILE), { recursive: true });
writeFileSync(CLIENT_TYPES_FILE, await renderClientTypes(await loadApiDocument()));
console.log(`Wrote ${relative(process.cwd(), CLIENT_TYPES_FILE)}`);
