import { DOCUMENTED_ERRORS } from "../../src/http/errorCatalogue";
import { apiRoutes } from "../../src/routes";
import { buildOpenApiDocument } from "./buildOpenApiDocument";
import type { OpenApiObject } from "./openApiComponents";
import { settingsTableMarkdown } from "./settingsTableMarkdown";

/** The document of the routes the worker serves, from the very same route table. Build-time only. */
export function buildApiDocument(): OpenApiObject {
  return buildOpenApiDocument(apiRoutes);
}

/** The error catalogue's rows, for the table in docs/errors.md. */
export const documentedErrors = DOCUMENTED_ERRORS;

/** docs/configuration.md's settings table, from the settings table. */
export const settingsTable = settingsTableMarkdown();
