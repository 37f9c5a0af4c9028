import { readFile, stat } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json",
  ".woff2": "font/woff2",
};

/**
 * The `ASSETS` binding on Bun and Deno: the files of wrangler.toml's `[assets]
 * directory`, answered as Workers Static Assets does for the paths the worker
 * hands over: a file by its path, a folder's `index.html` for a path ending in
 * `/`, 404 otherwise, and no body for HEAD. Nothing outside the folder is served.
 */
export class StaticAssets {
  readonly #root: string;

  constructor(directory: string) {
    this.#root = resolve(directory);
  }

  async fetch(input: Request | URL | string): Promise<Response> {
    const request = input instanceof Request ? input : new Request(input);
    const pathname = decodedPath(new URL(request.url).pathname);
    if (pathname === undefined) return new Response("Not Found", { status: 404 });
    const file = resolve(join(this.#root, pathname.endsWith("/") ? `${pathname}index.html` : pathname));
    if (!file.startsWith(this.#root + sep) || !(await isFile(file))) return new Response("Not Found", { status: 404 });
    const headers = { "Content-Type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream" };
    return new Response(request.method === "HEAD" ? null : await readFile(file), { headers });
  }
}

/** The path with its %-escapes decoded, or undefined when they are malformed. */
function decodedPath(pathname: string): string | undefined {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
