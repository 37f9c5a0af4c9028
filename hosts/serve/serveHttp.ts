/** A request handler given the socket peer's address. */
export type PeerHandler = (request: Request, clientAddress: string) => Promise<Response>;

/** A listening server of this runtime. */
export interface HostServer {
  runtime: string;
  port: number;
  /**
   * Stops serving once `idle` resolves (the requests in flight are answered).
   * Bun stops accepting at once, then waits. Deno's shutdown would cut the
   * bodies of requests still being received, so there the listener closes
   * after `idle`, and requests arriving meanwhile are still served.
   */
  stop(idle: () => Promise<void>): Promise<void>;
}

/**
 * Bun's own request body limit: none, as on Deno. The worker counts the body as it reads it
 * (src/http/readJsonBody.ts) and answers its JSON 413 past 64 KiB; a runtime limit would race
 * with it, since Bun counts the bytes it has buffered before the worker reads them, and a
 * chunked body that arrived quickly got Bun's bare 413 (no JSON, no X-Request-Id) or a reset.
 * Bun does not keep a body the worker has not read: it drops it, so memory stays flat.
 */
const NO_RUNTIME_BODY_LIMIT = Number.MAX_SAFE_INTEGER;

/** Serves `handler` with Bun's or Deno's own HTTP server, whichever runs this. */
export function serveHttp(handler: PeerHandler, { port, hostname }: { port: number; hostname: string }): HostServer {
  if (typeof Bun !== "undefined") {
    const server = Bun.serve({
      port,
      hostname,
      maxRequestBodySize: NO_RUNTIME_BODY_LIMIT,
      fetch: (request, bunServer) => handler(request, bunServer.requestIP(request)?.address ?? ""),
    });
    const stop = async (idle: () => Promise<void>) => {
      const stopped = server.stop(false);
      await idle();
      await stopped;
    };
    return { runtime: `bun ${Bun.version}`, port: server.port, stop };
  }
  if (typeof Deno !== "undefined") {
    const server = Deno.serve({
      port,
      hostname,
      onListen: () => {},
      handler: (request, info) => handler(request, info.remoteAddr.hostname),
    });
    const stop = async (idle: () => Promise<void>) => {
      await idle();
      await server.shutdown();
    };
    return { runtime: `deno ${Deno.version.deno}`, port: server.addr.port, stop };
  }
  throw new Error("hosts/start.ts runs on Bun or Deno");
}
