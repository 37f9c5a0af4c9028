// HTTP to one instance of several, read whole: status, the headers a test compares, and the JSON body.
import { expect } from "vitest";

export interface Reply {
  readonly status: number;
  readonly location: string | null;
  readonly retryAfter: string | null;
  readonly replayed: string | null;
  readonly contentType: string | null;
  /** The parsed JSON body; null when there is none. */
  readonly body: unknown;
}

export interface CallOptions {
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** A request that has no answer by then fails (a hang, not a slow answer). */
  timeoutMs?: number;
}

/** One request to the instance at `base`; throws when the connection fails or no answer comes within `timeoutMs`. */
export async function call(base: string, method: string, path: string, { token, body, headers = {}, timeoutMs = 20_000 }: CallOptions = {}): Promise<Reply> {
  const all: Record<string, string> = { ...headers };
  if (token) all["X-Auth-Token"] = token;
  if (body !== undefined) all["Content-Type"] = "application/json";
  const response = await fetch(`${base}${path}`, {
    method,
    headers: all,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  return {
    status: response.status,
    location: response.headers.get("location"),
    retryAfter: response.headers.get("retry-after"),
    replayed: response.headers.get("idempotent-replayed"),
    contentType: response.headers.get("content-type"),
    body: text === "" ? null : JSON.parse(text),
  };
}

/** The documented JSON error `{error, error_description}` with this status and code. */
export function expectError(reply: Reply, status: number, code: string): void {
  expect({ status: reply.status, contentType: reply.contentType, body: reply.body }).toEqual({
    status,
    contentType: "application/json",
    body: { error: code, error_description: expect.any(String) },
  });
}

/** The JSON 503 `unavailable` with a whole-seconds Retry-After: the database cannot answer (retry later). */
export function isUnavailable(reply: Reply): boolean {
  return reply.status === 503 && /^\d+$/.test(reply.retryAfter ?? "") && (reply.body as { error?: unknown } | null)?.error === "unavailable";
}

/** The id at the end of a 201's Location (`/spaces/{id}`, `/groups/{id}`, `/user/spaces/{id}`). */
export function idIn(reply: Reply): string {
  expect(reply.status).toBe(201);
  const id = /\/([0-9a-f]{32})$/.exec(reply.location ?? "")?.[1];
  if (!id) throw new Error(`no id in Location ${reply.location}`);
  return id;
}
