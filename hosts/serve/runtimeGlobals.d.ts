// The few Bun and Deno APIs the hosts use, declared here so that hosts/ type-checks
// without either runtime's type package.

declare namespace Bun {
  interface Server {
    readonly port: number;
    requestIP(request: Request): { address: string } | null;
    stop(closeActiveConnections?: boolean): Promise<void>;
  }
  interface ServeOptions {
    port: number;
    hostname: string;
    maxRequestBodySize?: number;
    fetch(request: Request, server: Server): Promise<Response> | Response;
  }
  const version: string;
  function serve(options: ServeOptions): Server;
}

declare namespace Deno {
  interface ServeHandlerInfo {
    remoteAddr: { hostname: string; port: number };
  }
  interface HttpServer {
    readonly addr: { port: number };
    shutdown(): Promise<void>;
  }
  interface ServeOptions {
    port: number;
    hostname: string;
    onListen?(addr: { port: number }): void;
    handler(request: Request, info: ServeHandlerInfo): Promise<Response> | Response;
  }
  const version: { deno: string };
  function serve(options: ServeOptions): HttpServer;
}

declare var Bun: typeof Bun | undefined;
declare var Deno: typeof Deno | undefined;
