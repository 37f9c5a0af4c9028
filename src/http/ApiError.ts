import type { ErrorKey } from "./errorCatalogue";

/** A status and code pair that the error catalogue (`errorCatalogue.ts`) documents. */
type DocumentedPair<Key = ErrorKey> = Key extends `${infer Status extends number} ${infer Code}`
  ? readonly [status: Status, code: Code]
  : never;

/**
 * A failure that the client caused or may learn about. Only an ApiError
 * becomes a 4xx; anything else thrown is logged and answered with a generic
 * 500. The compiler accepts only a status and code pair of the catalogue.
 */
export class ApiError extends Error {
  readonly status: DocumentedPair[0];
  readonly code: DocumentedPair[1];
  readonly description: string;
  readonly headers: Readonly<Record<string, string>>;

  constructor(...[status, code, description, headers = {}]: [...DocumentedPair, string, Readonly<Record<string, string>>?]) {
    super(description);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.description = description;
    this.headers = headers;
  }
}
