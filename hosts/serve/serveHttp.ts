/** A request handler given the socket peer's address. */
export type PeerHandler = (request: Request, clientAddress: string) => Promise<Response>;

/** A listening server of this runtime. */
export interface HostServer {
  runtime: string;
  port: number;
  /** Stops accepting connections and resolves once the requests in flight are answered. */
  stop(): Promise<void>;
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
    return { runtime: `bun ${Bun.version}`, port: server.port, stop: () => server.stop(false) };
  }
  if (typeof Deno !== "undefined") {
    const server = Deno.serve({
      port,
      hostname,
      onListen: () => {},
      handler: (request, info) => handler(request, info.remoteAddr.hostname),
    });
    return { runtime: `deno ${Deno.version.deno}`, port: server.addr.port, stop: () => server.shutdown() };
  }
  throw new Error("hosts/start.ts runs on Bun or Deno");
}
