/** How a failed PostgreSQL call ended: a conflict worth running again, a database out of reach, or anything else. */
export type PostgresFailure = "conflict" | "unreachable" | "other";

/** SQLSTATEs after which the transaction was rolled back and may simply run again: serialization_failure, deadlock_detected. */
const CONFLICT_STATES = new Set(["40001", "40P01"]);

/**
 * SQLSTATEs of a server that cannot serve now: admin_shutdown, crash_shutdown,
 * cannot_connect_now, too_many_connections, and the connection_exception class (08…).
 */
const UNAVAILABLE_STATES = new Set(["57P01", "57P02", "57P03", "53300"]);

/** Socket-level errors of a database out of reach. */
const SOCKET_ERRORS = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN", "EPIPE"]);

/** What `pg` and its pool say when a connection ends or cannot be made in time. */
const LOST_CONNECTION = /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed|Connection ended)/;

/**
 * Classifies an error thrown by `pg`: `conflict` (SQLSTATE 40001 or 40P01:
 * rolled back, safe to run again), `unreachable` (no connection, or it was
 * lost: the answer is 503), or `other` (a bug or a constraint: the answer is 500).
 */
export function failureOf(error: unknown): PostgresFailure {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code === "string") {
    if (CONFLICT_STATES.has(code)) return "conflict";
    if (UNAVAILABLE_STATES.has(code) || code.startsWith("08") || SOCKET_ERRORS.has(code)) return "unreachable";
  }
  if (error instanceof AggregateError) return error.errors.some((inner) => failureOf(inner) === "unreachable") ? "unreachable" : "other";
  return typeof message === "string" && LOST_CONNECTION.test(message) ? "unreachable" : "other";
}
