import { hex } from "../common/hex";
import { ApiError } from "./ApiError";

export const IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";
/** Longest accepted key, in characters. */
export const MAX_IDEMPOTENCY_KEY_CHARS = 255;
/** How long a key is remembered at least, in seconds; the scheduled purge drops older ones. */
export const IDEMPOTENCY_KEY_RETENTION_SECONDS = 24 * 60 * 60;

/**
 * The request's `Idempotency-Key`, or undefined. The draft defines the value
 * as one Structured Field string (`"…"`); a bare value is accepted as well,
 * since many clients send one. Empty, overlong, control characters, or more
 * than one key (two header lines arrive joined by a comma): 400.
 */
export function readIdempotencyKey(headers: Headers): string | undefined {
  const raw = headers.get(IDEMPOTENCY_KEY_HEADER);
  if (raw === null) return undefined;
  const quoted = /^"((?:[^"\\]|\\["\\])*)"$/.exec(raw.trim());
  const key = quoted ? quoted[1]!.replace(/\\(["\\])/g, "$1") : raw.trim();
  if (!quoted && key.includes(",")) {
    throw new ApiError(400, "invalid_request", "Send exactly one Idempotency-Key.");
  }
  if (key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY_CHARS || !/^[\x20-\x7e]+$/.test(key)) {
    throw new ApiError(
      400,
      "invalid_request",
      `Idempotency-Key must be 1 to ${MAX_IDEMPOTENCY_KEY_CHARS} printable ASCII characters.`,
    );
  }
  return key;
}

/** A fingerprint of the request a key was first used with: method, route and body (SHA-256, hex). */
export async function hashRequest(method: string, route: string, body: unknown): Promise<string> {
  const text = `${method} ${route}\n${JSON.stringify(body)}`;
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return hex(new Uint8Array(digest));
}
