import { ApiError } from "./ApiError";

/** Largest request body accepted, in bytes (docs/design.md: 413 above 64 KiB). */
export const MAX_BODY_BYTES = 64 * 1024;

/** Deepest JSON nesting accepted in a request body. */
export const MAX_JSON_DEPTH = 32;

/**
 * Reads a request body as a JSON object. An absent or empty body means `{}`.
 * A declared Content-Length over MAX_BODY_BYTES is refused unread; a body of
 * declared length is read in one native call (HTTP framing caps it at that
 * length), and a body without one is streamed and counted. Either way the
 * worker never buffers much more than MAX_BODY_BYTES.
 */
export async function readJsonBody(request: Request): Promise<Record<string, unknown>> {
  assertJsonContentType(request.headers.get("Content-Type"));
  const declaredLength = request.headers.get("Content-Length");
  if (Number(declaredLength) > MAX_BODY_BYTES) throw tooLarge();
  const text = declaredLength === null ? await readBoundedText(request) : await readDeclaredText(request);
  if (text.trim() === "") return {};
  const value = parseJson(text);
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ApiError(400, "invalid_request", "The request body must be a JSON object.");
  }
  return value as Record<string, unknown>;
}

function assertJsonContentType(contentType: string | null): void {
  if (contentType === null) return;
  const mediaType = contentType.split(";")[0]!.trim().toLowerCase();
  if (mediaType === "application/json" || /^application\/[\w.+-]+\+json$/.test(mediaType)) return;
  throw new ApiError(415, "unsupported_media_type", "The request body must be application/json.");
}

async function readDeclaredText(request: Request): Promise<string> {
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > MAX_BODY_BYTES) throw tooLarge();
  return decodeUtf8(bytes);
}

async function readBoundedText(request: Request): Promise<string> {
  if (request.body === null) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_BODY_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return decodeUtf8(bytes);
}

// One decoder for every request: without `stream`, each decode() starts afresh.
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new ApiError(400, "invalid_request", "The request body is not valid UTF-8.");
  }
}

function parseJson(text: string): unknown {
  if (nestingDepth(text) > MAX_JSON_DEPTH) {
    throw new ApiError(400, "invalid_request", `The request body nests deeper than ${MAX_JSON_DEPTH} levels.`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, "invalid_request", "The request body is not valid JSON.");
  }
}

/** Deepest bracket nesting outside strings; checked before JSON.parse recurses. */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

function tooLarge(): ApiError {
  return new ApiError(413, "payload_too_large", `The request body is larger than ${MAX_BODY_BYTES} bytes.`);
}
