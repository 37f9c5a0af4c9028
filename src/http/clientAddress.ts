/**
 * The client's address, the key of the anonymous rate limit: the
 * `CF-Connecting-IP` header. On Cloudflare the edge sets it and a client
 * cannot forge it; the Bun and Deno hosts overwrite whatever a client sent
 * with the socket's peer address (hosts/runWorker.ts), so there it is the
 * peer, a reverse proxy's address when one stands in front.
 */
export function clientAddress(request: Request): string {
  return request.headers.get("CF-Connecting-IP") ?? "unknown";
}
