// The worker's OpenAPI document, built in Node, and the client types openapi-typescript renders from it.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const DOCUMENT_ENTRY = fileURLToPath(new URL("../../src/openapi/apiDocument.ts", import.meta.url));
export const CLIENT_TYPES_FILE = fileURLToPath(new URL("../../client/spacegate.d.ts", import.meta.url));

const HEADER = `/**
 * Types of the spacegate API, generated from GET /openapi.json by \`npm run client:types\`.
 * Do not edit: change the routes' \`doc\` entries or schemas and regenerate.
 */

`;

/**
 * The document GET /openapi.json serves, built from src/ without a running
 * worker: esbuild bundles src/openapi/apiDocument.ts and Node imports it.
 */
export async function loadApiDocument() {
  const { outputFiles } = await build({
    entryPoints: [DOCUMENT_ENTRY],
    bundle: true,
    format: "esm",
    platform: "node",
    write: false,
    logLevel: "silent",
  });
  const source = Buffer.from(outputFiles[0].contents).toString("base64");
  const module = await import(`data:text/javascript;base64,${source}`);
  return module.buildApiDocument();
}

/** The TypeScript declarations of a document (openapi-typescript), as client/spacegate.d.ts holds them. */
export async function renderClientTypes(document) {
  const ast = await openapiTS(structuredClone(document));
  return HEADER + astToString(ast);
}
