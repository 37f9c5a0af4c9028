import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { inlineRefs, lookUpResponse, type OpenApiDocument, resolveRef } from "./documentLookup";
import type { RecordedExchange } from "./recordedExchanges";

/** Checks responses against an OpenAPI document; answers what breaks it, one line per problem. */
export type ExchangeChecker = (exchange: RecordedExchange) => Promise<string[]>;

/**
 * A checker for one document. A response must have a documented status for
 * its operation, every required header of that response, a body only where
 * one is documented, in a documented media type, valid against its schema
 * (Ajv, JSON Schema 2020-12, the dialect of OpenAPI 3.1).
 */
export function createExchangeChecker(document: OpenApiDocument): ExchangeChecker {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  const validators = new Map<unknown, ValidateFunction>();
  const validatorFor = (schema: unknown) => {
    let validate = validators.get(schema);
    if (validate === undefined) {
      validate = ajv.compile(inlineRefs(document, schema) as object);
      validators.set(schema, validate);
    }
    return validate;
  };

  return async (exchange) => {
    const lookup = lookUpResponse(document, exchange.method, exchange.path, exchange.status);
    if (!lookup.found) return [lookup.problem];
    const { where, response } = lookup;
    const problems: string[] = [];
    for (const [name, header] of Object.entries<any>(response.headers ?? {})) {
      if (resolveRef(document, header).required && !exchange.headers.has(name)) {
        problems.push(`${where}: required header ${name} is missing`);
      }
    }
    const body = await exchange.body;
    const content: Record<string, { schema: unknown }> | undefined = response.content;
    if (exchange.method === "HEAD" || content === undefined) {
      if (body !== "") problems.push(`${where}: a body where none is documented: ${body.slice(0, 200)}`);
      return problems;
    }
    const mediaType = (exchange.headers.get("Content-Type") ?? "").split(";")[0]!.trim();
    const documented = content[mediaType];
    if (documented === undefined) return [...problems, `${where}: undocumented Content-Type "${mediaType}"`];
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch {
      return [...problems, `${where}: the body is not JSON: ${body.slice(0, 200)}`];
    }
    const validate = validatorFor(documented.schema);
    if (!validate(value)) {
      const errors = validate.errors!.map((error) => `${error.instancePath || "/"} ${error.message}`).join("; ");
      problems.push(`${where}: the body breaks its schema (${errors}): ${body.slice(0, 200)}`);
    }
    return problems;
  };
}
