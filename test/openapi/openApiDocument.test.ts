import { describe, expect, it } from "vitest";
import { NAME_PATTERN } from "../../src/common/nameSchema";
import { ERROR_CODES } from "../../src/http/errorCatalogue";
import { apiRoutes } from "../../src/routes";
import { call } from "../support/api";
import { resolveRef } from "./contract/documentLookup";
import { openApiTooling } from "./support/openApiTooling";

const METHODS = ["get", "post", "patch", "delete"];

async function servedDocument(path = "/openapi.json"): Promise<Record<string, any>> {
  const response = await call(path);
  expect({ status: response.status, type: response.headers.get("Content-Type") }).toEqual({
    status: 200,
    type: "application/json",
  });
  return response.json();
}

/** Every [path, method, operation] of the document, OPTIONS (CORS preflight) left out. */
function operations(document: Record<string, any>): [string, string, any][] {
  return Object.entries<any>(document.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method] !== undefined).map((method): [string, string, any] => [path, method, item[method]]),
  );
}

describe("GET /openapi.json", () => {
  it("serves an OpenAPI 3.1 document that @seriousme/openapi-schema-validator accepts", async () => {
    const document = await servedDocument();
    expect(document.openapi).toMatch(/^3\.1\./);
    expect(openApiTooling().validation).toEqual({ valid: true, errors: null });
    expect(openApiTooling().brokenCopyValid, "the validator rejects a response without a description").toBe(false);
    // What the Node side validated (and generated client types from) is exactly what the worker serves.
    expect(document).toEqual(openApiTooling().document);
  });

  it("passes @apidevtools/swagger-parser's validation, which rejects a licence given only by name", () => {
    expect(openApiTooling().swaggerParser).toBeNull();
    expect(openApiTooling().swaggerParserOnNameOnlyLicense).toContain("#/info/license must have required property 'identifier'");
  });

  it("serves the same document under the Onezone 3.0 base path, and to HEAD without a body", async () => {
    expect(await servedDocument("/api/v3/onezone/openapi.json")).toEqual(await servedDocument());
    const head = await call("/openapi.json", { method: "HEAD" });
    expect({ status: head.status, body: await head.text() }).toEqual({ status: 200, body: "" });
  });

  it("documents every route at its path and method, with an operationId, itself included", async () => {
    const document = await servedDocument();
    for (const route of apiRoutes) {
      const operation = document.paths[route.path.replace(/:(\w+)/g, "{$1}")]?.[route.method.toLowerCase()];
      expect({ route: `${route.method} ${route.path}`, operationId: operation?.operationId }).toEqual({
        route: `${route.method} ${route.path}`,
        operationId: route.doc && route.doc.operationId,
      });
    }
    expect(document.paths["/openapi.json"].get.operationId).toBe("get_openapi_document");
    // The suites compile the documentation in (vitest.config.ts); the Worker bundle leaves it out (`npm run test:size` checks).
    expect(apiRoutes.every((route) => route.doc !== false)).toBe(true);
    const operationIds = operations(document).map(([, , operation]) => operation.operationId);
    expect(new Set(operationIds).size).toBe(operationIds.length);
  });

  it("has servers for the root and the /api/v3/onezone alias", async () => {
    expect((await servedDocument()).servers.map((server: { url: string }) => server.url)).toEqual(["/", "/api/v3/onezone"]);
  });

  it("has security schemes for X-Auth-Token, bearer and macaroon, required (any one) on every non-public operation", async () => {
    const document = await servedDocument();
    expect(document.components.securitySchemes).toMatchObject({
      XAuthToken: { type: "apiKey", in: "header", name: "X-Auth-Token" },
      Bearer: { type: "http", scheme: "bearer" },
      Macaroon: { type: "apiKey", in: "header", name: "macaroon" },
    });
    for (const [path, method, operation] of operations(document)) {
      const isPublic = ["/openapi.json", "/.well-known/jwks.json", "/healthz", "/readyz"].includes(path) || path.startsWith("/console/") || path.startsWith("/docs/");
      const expected = isPublic ? [] : [{ XAuthToken: [] }, { Bearer: [] }, { Macaroon: [] }];
      expect({ at: `${method} ${path}`, security: operation.security }).toEqual({ at: `${method} ${path}`, security: expected });
      expect({ at: `${method} ${path}`, has401: "401" in operation.responses }).toEqual({ at: `${method} ${path}`, has401: !isPublic });
      // Whatever reads the database may find it unavailable: every authenticated operation, and readiness.
      const mayBeUnavailable = !isPublic || path === "/readyz";
      expect({ at: `${method} ${path}`, has503: "503" in operation.responses }).toEqual({ at: `${method} ${path}`, has503: mayBeUnavailable });
    }
  });

  it("documents every error status with the Error schema narrowed to codes the API has", async () => {
    const document = await servedDocument();
    for (const [path, method, operation] of operations(document)) {
      expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(["431", "500"]));
      for (const [status, reference] of Object.entries<any>(operation.responses)) {
        if (Number(status) < 400) continue;
        const response = resolveRef(document, reference);
        const schema = response.content["application/json"].schema;
        const at = `${method} ${path} ${status}`;
        expect({ at, base: schema.allOf }).toEqual({ at, base: [{ $ref: "#/components/schemas/Error" }] });
        expect(schema.properties.error.enum.length).toBeGreaterThan(0);
        for (const code of schema.properties.error.enum) expect(ERROR_CODES).toContain(code);
        expect(response.headers["X-Request-Id"]).toEqual({ $ref: "#/components/headers/X-Request-Id" });
      }
    }
    expect(document.components.schemas.Error.properties.error.enum).toEqual(ERROR_CODES);
  });

  it("documents unknown paths (404) and other methods on known paths (405 with Allow)", async () => {
    const document = await servedDocument();
    const unknownPath = resolveRef(document, document["x-unmatched-paths"][404]);
    expect(unknownPath.content["application/json"].schema.properties.error.enum).toEqual(["not_found"]);
    const otherMethod = resolveRef(document, document["x-unmatched-methods"][405]);
    expect(otherMethod.content["application/json"].schema.properties.error.enum).toEqual(["method_not_allowed"]);
    expect(resolveRef(document, otherMethod.headers.Allow).required).toBe(true);
  });

  it("documents POST /spaces: Location on 201, Idempotency-Key, Idempotent-Replayed and 422 idempotency_key_reused", async () => {
    const document = await servedDocument();
    const create = document.paths["/spaces"].post;
    expect(resolveRef(document, create.responses[201].headers.Location)).toMatchObject({ required: true });
    expect(create.responses[201].headers["Idempotent-Replayed"]).toBeDefined();
    expect(create.responses[201].content).toBeUndefined();
    expect(create.parameters.map((parameter: unknown) => resolveRef(document, parameter).name)).toContain("Idempotency-Key");
    expect(create.responses[422].content["application/json"].schema.properties.error.enum).toEqual(["idempotency_key_reused"]);
    expect(create.responses[400].content["application/json"].schema.properties.error.enum).toEqual(["invalid_request", "invalid_token"]);
    expect(resolveRef(document, document.paths["/providers"].post.responses[201].headers.Location).required).toBe(true);
  });

  it("takes an optional D1-Bookmark on every operation and documents it on every response", async () => {
    const document = await servedDocument();
    for (const [path, method, operation] of operations(document)) {
      const bookmark = operation.parameters.map((parameter: unknown) => resolveRef(document, parameter)).find((p: any) => p.name === "D1-Bookmark");
      expect({ at: `${method} ${path}`, in: bookmark?.in, required: bookmark?.required }).toEqual({ at: `${method} ${path}`, in: "header", required: false });
      for (const response of Object.values<any>(operation.responses)) {
        expect(resolveRef(document, response).headers["D1-Bookmark"]).toBeDefined();
      }
    }
  });

  it("describes request bodies from the valibot schemas that validate them", async () => {
    const document = await servedDocument();
    const rename = document.paths["/spaces/{id}"].patch.requestBody;
    expect(rename.required).toBe(true);
    expect(rename.content["application/json"].schema.properties.name.pattern).toBe(NAME_PATTERN.source);
    const create = document.paths["/spaces"].post.requestBody;
    expect(create.required).toBe(false);
    const [fromUser, fromProvider] = create.content["application/json"].schema.anyOf;
    expect(fromUser.properties.token).toEqual({ not: {} });
    expect(fromProvider.required).toEqual(["token"]);
    expect(fromProvider.properties.size.anyOf).toEqual([
      { type: "integer", minimum: 1, maximum: Number.MAX_SAFE_INTEGER },
      { type: "string", pattern: expect.stringMatching(/^\^\(\?:\[1-9\]\[0-9\]\{0,14\}\|.*\|9007199254740991\)\$$/) },
    ]);
    const sizePattern = new RegExp(fromProvider.properties.size.anyOf[1].pattern);
    expect(["1", "9007199254740991", "9007199254740990", "999999999999999"].map((size) => sizePattern.test(size))).toEqual([true, true, true, true]);
    expect(["0", "01", "9007199254740992", "9999999999999999", "-1"].map((size) => sizePattern.test(size))).toEqual([false, false, false, false, false]);
  });

  it("claims no licence (the package is UNLICENSED) and gives every operation, OPTIONS included, a unique operationId", async () => {
    const document = await servedDocument();
    expect(document.info).not.toHaveProperty("license");
    const ids = Object.values<any>(document.paths).flatMap((item) => Object.values<any>(item).map((operation) => operation.operationId));
    expect(ids.every((id) => typeof id === "string" && id !== "")).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("documents that OPTIONS may answer 431", async () => {
    const document = await servedDocument();
    for (const item of Object.values<any>(document.paths)) {
      expect(resolveRef(document, item.options.responses[431]).content["application/json"]).toBeDefined();
    }
  });
});
