/** Longer than any IPv6 address with a zone; a longer value is not an address, and the socket's peer is used. */
const MAX_ADDRESS_LENGTH = 64;

/**
 * How the host tells a client's address (the key of the anonymous rate limit,
 * src/http/clientAddress.ts). Without `headerName` (CLIENT_ADDRESS_HEADER
 * empty, the default) it is the socket's peer. Behind a reverse proxy every
 * peer is the proxy, so all clients would share one anonymous limit: the
 * operator then names the header the proxy sets, and its last comma-separated
 * entry counts. That is the address the nearest proxy saw (`X-Forwarded-For`
 * appends it; the entries before it are the client's own to forge), or the
 * whole value of a one-address header such as `X-Real-IP`. A missing, empty or
 * overlong value falls back to the peer.
 */
export function proxiedClientAddress(headerName: string): (request: Request, peer: string) => string {
  if (headerName === "") return (_request, peer) => peer;
  return (request, peer) => {
    const entries = request.headers.get(headerName)?.split(",") ?? [];
    const last = entries[entries.length - 1]?.trim() ?? "";
    return last !== "" && last.length <= MAX_ADDRESS_LENGTH ? last : peer;
  };
}
