import { toJsonSchema, type JsonSchema, type OverrideActionContext } from "@valibot/to-json-schema";
import type { GenericSchema } from "valibot";

/** Which side of a schema to describe: what a request may send (before transforms) or what a response carries. */
export type SchemaSide = "input" | "output";

export interface SchemaRegistry {
  /** The JSON Schema of a valibot schema, or a `$ref` to its named component when it has a `v.title`. */
  schemaFor(schema: GenericSchema, side: SchemaSide): JsonSchema;
  /** The named components referred to so far, by title. */
  readonly components: Record<string, JsonSchema>;
}

/**
 * Converts valibot schemas to JSON Schema 2020-12 (OpenAPI 3.1's dialect)
 * with `@valibot/to-json-schema`, collecting titled schemas as components.
 * Anything the converter cannot express throws, so a lossy document never ships.
 */
export function createSchemaRegistry(): SchemaRegistry {
  const components: Record<string, JsonSchema> = {};
  const sources = new Map<string, GenericSchema>();
  return {
    components,
    schemaFor(schema, side) {
      const jsonSchema = convert(schema, side);
      const name = jsonSchema.title;
      if (name === undefined) return jsonSchema;
      const known = sources.get(name);
      if (known !== undefined && known !== schema) throw new Error(`two different schemas are titled ${name}`);
      sources.set(name, schema);
      components[name] = jsonSchema;
      return { $ref: `#/components/schemas/${name}` };
    },
  };
}

function convert(schema: GenericSchema, side: SchemaSide): JsonSchema {
  const jsonSchema = toJsonSchema(schema, { target: "draft-2020-12", typeMode: side, overrideAction: unicodePattern });
  // The document declares the dialect once, for every schema in it.
  delete jsonSchema.$schema;
  return jsonSchema;
}

// Keeps `u`-flagged patterns (the name rule needs `\p{L}`). JSON Schema
// patterns are ECMA-262 regexes that validators match with Unicode semantics
// (2020-12 Core §6.4; Ajv's `unicodeRegExp` default), so a lone `u` flag is
// implied, not lost. Any other flag changes what matches and stays an error.
function unicodePattern({ valibotAction, jsonSchema }: OverrideActionContext): JsonSchema | undefined {
  if (valibotAction.type !== "regex") return undefined;
  const { source, flags } = (valibotAction as unknown as { requirement: RegExp }).requirement;
  return flags === "u" ? { ...jsonSchema, pattern: source } : undefined;
}
