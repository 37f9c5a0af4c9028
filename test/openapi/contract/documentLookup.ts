/** The served OpenAPI document, as plain JSON. */
export type OpenApiDocument = Record<string, any>;

/** Follows a local `$ref` ("#/components/…") until it reaches a value. */
export function resolveRef(document: OpenApiDocument, value: any): any {
  let current = value;
  while (current && typeof current === "object" && typeof current.$ref === "string") {
    const pointer: string = current.$ref;
    if (!pointer.startsWith("#/")) throw new Error(`not a local $ref: ${pointer}`);
    current = pointer
      .slice(2)
      .split("/")
      .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
      .reduce((node, part) => node?.[part], document);
    if (current === undefined) throw new Error(`$ref to nothing: ${pointer}`);
  }
  return current;
}

/** A copy of a schema with every `$ref` replaced by its target (the document's schemas are not recursive). */
export function inlineRefs(document: OpenApiDocument, schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map((item) => inlineRefs(document, item));
  if (schema === null || typeof schema !== "object") return schema;
  const { $ref, ...rest } = schema as Record<string, unknown>;
  const base = $ref === undefined ? {} : (inlineRefs(document, resolveRef(document, { $ref })) as object);
  const copy: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(rest)) copy[key] = inlineRefs(document, value);
  return copy;
}

export type Lookup =
  | { readonly found: true; readonly where: string; readonly response: any }
  | { readonly found: false; readonly problem: string };

/**
 * Where a status is documented for a request, matching paths as the router
 * does: under every server (base path), with trailing slashes ignored. HEAD
 * is GET without a body. A path no operation matches must answer what
 * `x-unmatched-paths` lists; a method its path lacks, what `x-unmatched-methods` lists.
 */
export function lookUpResponse(document: OpenApiDocument, method: string, path: string, status: number): Lookup {
  const template = matchPath(document, path);
  if (template === undefined) {
    return documented(document, document["x-unmatched-paths"] ?? {}, status, `unmatched path ${path}`);
  }
  const operation = document.paths[template][(method === "HEAD" ? "GET" : method).toLowerCase()];
  if (operation === undefined) {
    return documented(document, document["x-unmatched-methods"] ?? {}, status, `unmatched method ${method} ${template}`);
  }
  return documented(document, operation.responses, status, `${method} ${template}`);
}

function documented(document: OpenApiDocument, responses: Record<string, unknown>, status: number, where: string): Lookup {
  const response = responses[String(status)];
  if (response === undefined) {
    return { found: false, problem: `${where}: status ${status} is not documented (documented: ${Object.keys(responses).join(", ")})` };
  }
  return { found: true, where: `${where} ${status}`, response: resolveRef(document, response) };
}

function matchPath(document: OpenApiDocument, rawPath: string): string | undefined {
  const bases = (document.servers as { url: string }[]).map(({ url }) => url.replace(/\/$/, ""));
  for (const base of bases.sort((a, b) => b.length - a.length)) {
    if (base !== "" && !rawPath.startsWith(`${base}/`)) continue;
    const path = rawPath.slice(base.length);
    // As the router does: a literal segment wins over a parameter (`/user/spaces/join` over `/user/spaces/{id}`).
    const rank = (template: string) => template.split("/").map((segment) => (segment.startsWith("{") ? "1" : "0")).join("");
    const template = Object.keys(document.paths)
      .sort((a, b) => rank(a).localeCompare(rank(b)))
      .find((candidate) => pathPattern(candidate).test(path));
    if (template !== undefined) return template;
  }
  return undefined;
}

function pathPattern(template: string): RegExp {
  const escaped = template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{\w+\}/g, "[^/]+");
  return new RegExp(`^${escaped}/*$`);
}
