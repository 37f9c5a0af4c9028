/**
 * The database cannot answer now: it is unreachable, or a transaction kept
 * conflicting with others past its retries (PostgreSQL at SERIALIZABLE).
 * Nothing of the failed batch was written. The HTTP core answers it with 503
 * `unavailable` and `Retry-After` (src/http/errorResponse.ts); the message is
 * for the log only, never for the client.
 */
export class DatabaseUnavailableError extends Error {
  /** What the client should wait before retrying, in whole seconds. */
  readonly retryAfterSeconds: number;

  constructor(message: string, retryAfterSeconds: number, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "DatabaseUnavailableError";
    this.retryAfterSeconds = retryAfterSeconds;
  }
}
