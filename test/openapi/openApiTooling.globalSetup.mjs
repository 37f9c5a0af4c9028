// The Node side of the OpenAPI tests, run once before the worker suites.
// It builds the document from the current src/ exactly as `npm run build:openapi`
// does, validates it with two OpenAPI 3.1 validators (@seriousme/openapi-schema-validator
// and swagger-parser, which many outside tools use), and renders the client types.
// The worker-side tests (test/openapi/) then check that the worker serves this
// very document (so a stale openapi.json fails) and that client/spacegate.d.ts
// is what it renders.
import SwaggerParser from "@apidevtools/swagger-parser";
import { Validator } from "@seriousme/openapi-schema-validator";
import { existsSync, readFileSync } from "node:fs";
import { CLIENT_TYPES_FILE, loadBuildModule, renderClientTypes } from "../../scripts/lib/clientTypes.mjs";

export default async function setup(project) {
  const document = (await loadBuildModule()).buildApiDocument();
  const { valid, errors } = await new Validator().validate(structuredClone(document));
  // The validator's verdict on a copy broken on purpose (a response without its
  // required description), so the tests can show that it does reject.
  const broken = structuredClone(document);
  delete broken.paths["/spaces"].post.responses[201].description;
  const brokenVerdict = await new Validator().validate(broken);
  // swagger-parser's verdict, and its verdict on a copy that gives `info.license` only a name, which it rejects.
  const nameOnlyLicense = structuredClone(document);
  nameOnlyLicense.info.license = { name: "Proprietary" };
  project.provide("openApiTooling", {
    document,
    validation: { valid, errors: errors ?? null },
    brokenCopyValid: brokenVerdict.valid,
    swaggerParser: await swaggerParserVerdict(document),
    swaggerParserOnNameOnlyLicense: await swaggerParserVerdict(nameOnlyLicense),
    clientTypes: await renderClientTypes(document),
    committedClientTypes: existsSync(CLIENT_TYPES_FILE) ? readFileSync(CLIENT_TYPES_FILE, "utf8") : "",
  });
}

/** swagger-parser's `validate` (schema and semantics) on a copy of `document`: null when valid, else its message. */
async function swaggerParserVerdict(document) {
  try {
    await SwaggerParser.validate(structuredClone(document));
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
