/**
 * Reads the access token in Onezone's order: `X-Auth-Token`, then
 * `Authorization: Bearer` (scheme case-insensitive, RFC 9110 §11.1), then the
 * legacy 3.0 `macaroon` header. Never the query string (RFC 6750 §5.3).
 */
export function readAccessToken(headers: Headers): string | undefined {
  const xAuthToken = headers.get("X-Auth-Token")?.trim();
  if (xAuthToken) return xAuthToken;
  const bearer = /^bearer[ ]+(\S+)\s*$/i.exec(headers.get("Authorization") ?? "")?.[1];
  if (bearer) return bearer;
  return headers.get("macaroon")?.trim() || undefined;
}
