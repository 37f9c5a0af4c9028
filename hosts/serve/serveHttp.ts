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

/** Largest request body the runtime accepts: above the worker's 64 KiB, so that the worker answers its own 413. */
const MAX_RUNTIME_BODY_BYTES = 1024 * 1024;

/** Serves `handler` with Bun's or Deno's own HTTP server, whichever runs this. */
export function serveHttp(handler: PeerHandler, { port, hostname }: { port: number; hostname: string }): HostServer {
  if (typeof Bun !== "undefined") {
    const server = Bun.serve({
      port,
      hostname,
      maxRequestBodySize: MAX_RUNTIME_BODY_BYTES,
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
