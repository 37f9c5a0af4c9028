import type { AppRequest } from "./AppRequest";

/**
 * Request and response header carrying a D1 session bookmark. A client that
 * sends back the bookmark of its last response reads its own writes, even
 * from a read replica (D1 read replication, sequential consistency per session).
 */
export const BOOKMARK_HEADER = "D1-Bookmark";

const WRITE_METHODS = new Set(["POST", "PATCH", "PUT", "DELETE"]);
/**
 * The shape of a D1 bookmark (hex groups of 8-8-8-32). Anything else is
 * ignored rather than handed to D1, which could refuse it with an error.
 */
const BOOKMARK_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{32}$/;

/**
 * Opens this request's D1 session. With a client bookmark, the session
 * continues from it; otherwise writes start at the primary ("first-primary")
 * and reads may be served by any replica ("first-unconstrained").
 */
export function withDbSession(request: AppRequest, env: Env): void {
  const bookmark = request.headers.get(BOOKMARK_HEADER)?.trim();
  const start = bookmark && BOOKMARK_PATTERN.test(bookmark)
    ? bookmark
    : WRITE_METHODS.has(request.method) ? "first-primary" : "first-unconstrained";
  request.db = env.DB.withSession(start);
}

/** The session's latest bookmark, for the response; null when the request never reached D1. */
export function sessionBookmark(request: AppRequest): string | null {
  return request.db?.getBookmark() ?? null;
}
