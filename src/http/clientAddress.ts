/**
 * The client's address, the key of the anonymous rate limit. On Cloudflare
 * it is `CF-Connecting-IP`, which the edge sets and a client cannot forge.
 * Hosts elsewhere must not trust that header: they pass the socket's peer
 * address in `env.CLIENT_ADDRESS_HEADER`'s header instead (see hosts/).
 */
export function clientAddress(request: Request): string {
  return request.headers.get("CF-Connecting-IP") ?? "unknown";
}
