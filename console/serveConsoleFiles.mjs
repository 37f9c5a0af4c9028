// The console's built files for hosts other than Cloudflare (Bun, Deno) that have no ASSETS binding: the
// answers Workers Static Assets gives for them (html_handling "auto-trailing-slash").
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** The static files (wrangler.toml [assets]); `npm run console:build` puts the console in its console/. */
export const CONSOLE_DIST_DIR = fileURLToPath(new URL("../public", import.meta.url));

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
};
/** Vite puts a content hash in every file name under assets/: such a file never changes. */
const IMMUTABLE = "public, max-age=31536000, immutable";
const REVALIDATE = "public, max-age=0, must-revalidate";

/**
 * Answers a GET or HEAD for one of the console's built files under `distDir`
 * (`/console` redirects to `/console/`, which is `console/index.html`), or
 * resolves to null for any other request, which the worker then handles: the
 * API and `GET /console/config.json` included.
 */
export async function serveConsoleFile(request, distDir = CONSOLE_DIST_DIR) {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const url = new URL(request.url);
  const path = decodeURIComponent(url.pathname);
  if (path === "/console" || path === "/console/index.html") return redirect(url, "/console/");
  if (!path.startsWith("/console/")) return null;
  const relative = path.endsWith("/") ? `${path}index.html` : path;
  const file = normalize(join(distDir, relative));
  if (!file.startsWith(normalize(distDir) + sep)) return null;
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return null;
  const headers = {
    "Content-Type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream",
    "Content-Length": String(info.size),
    "Cache-Control": relative.startsWith("/console/assets/") ? IMMUTABLE : REVALIDATE,
    "X-Content-Type-Options": "nosniff",
  };
  return new Response(request.method === "HEAD" ? null : await readFile(file), { status: 200, headers });
}

function redirect(url, pathname) {
  return new Response(null, { status: 307, headers: { Location: pathname + url.search } });
}
