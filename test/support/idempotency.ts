import { call } from "./api";

/** The request header that carries the key (draft-ietf-httpapi-idempotency-key-header). */
export const IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";
/** The response header that marks a replayed answer. */
export const REPLAYED_HEADER = "Idempotent-Replayed";
/** The longest key accepted, in characters. */
export const MAX_IDEMPOTENCY_KEY_CHARS = 255;

/**
 * The header value for `key`. The draft makes the field an RFC 8941 Item
 * whose value is a String, so on the wire the key travels in double quotes:
 * `Idempotency-Key: "8e03978e-40d5-43e8-bc93-6894a57f9324"`. Every suite
 * formats keys through here, so the wire form is decided in one place.
 */
export function idempotencyKeyHeader(key: string): string {
  return `"${key}"`;
}

/** A fresh key, unique to one test. */
export function uniqueKey(): string {
  return crypto.randomUUID();
}

/** `POST /spaces` with an access token, an Idempotency-Key (unless undefined) and a JSON body. */
export function postSpaceWithKey(accessToken: string, key: string | undefined, body: Record<string, unknown> = {}, path = "/spaces"): Promise<Response> {
  const headers: Record<string, string> = { "X-Auth-Token": accessToken, "Content-Type": "application/json" };
  if (key !== undefined) headers[IDEMPOTENCY_KEY_HEADER] = idempotencyKeyHeader(key);
  return call(path, { method: "POST", headers, body: JSON.stringify(body) });
}
