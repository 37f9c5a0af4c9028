import { inject } from "vitest";

/** What the Node-side global setup (openApiTooling.globalSetup.mjs) found. */
export interface OpenApiTooling {
  /** The document built in Node from src/, as `npm run build:openapi` builds it. */
  readonly document: Record<string, any>;
  /** @seriousme/openapi-schema-validator's verdict on that document. */
  readonly validation: { readonly valid: boolean; readonly errors: unknown };
  /** The validator's verdict on a copy with a response description removed (must be false). */
  readonly brokenCopyValid: boolean;
  /** @apidevtools/swagger-parser's `validate` on that document: null when it passes, else its message. */
  readonly swaggerParser: string | null;
  /** swagger-parser's message on a copy whose `info.license` holds only a name (must not be null). */
  readonly swaggerParserOnNameOnlyLicense: string | null;
  /** The client types openapi-typescript renders from it. */
  readonly clientTypes: string;
  /** client/spacegate.d.ts as committed ("" when missing). */
  readonly committedClientTypes: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    openApiTooling: OpenApiTooling;
  }
}

/** The Node-side findings about the OpenAPI document. */
export function openApiTooling(): OpenApiTooling {
  return inject("openApiTooling");
}
