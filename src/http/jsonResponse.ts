/** A JSON response with the given status and extra headers. */
export function jsonResponse(
  body: unknown,
  status = 200,
  headers: Readonly<Record<string, string>> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json", ...headers },
  });
}

/** A 200 JSON response with a caller's private data or a token: no cache may keep it (docs/design.md). */
export function privateJsonResponse(body: unknown, status = 200, headers: Readonly<Record<string, string>> = {}): Response {
  return jsonResponse(body, status, { ...headers, "Cache-Control": "no-store" });
}

/** A 204 with no body. */
export function noContent(): Response {
  return new Response(null, { status: 204 });
}
