// Builds the console (console/) with Vite into public/console/, among the static files of wrangler.toml's
// [assets], and measures the JavaScript of its first load against the budget. The same build copies the
// API reference's viewer into public/docs/vendor/ (docsViewer.mjs).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { copyDocsViewer } from "./docsViewer.mjs";

export const CONSOLE_CONFIG_FILE = fileURLToPath(new URL("../../console/vite.config.ts", import.meta.url));
export const CONSOLE_BUILD_DIR = fileURLToPath(new URL("../../public/console", import.meta.url));
/** The most JavaScript, gzip-compressed, that the console's first load may fetch. */
export const FIRST_LOAD_JS_BUDGET_BYTES = 60 * 1024;

/**
 * Runs the console's production build, and copies the API reference's viewer beside it, so that
 * every caller (`npm start`, `npm run console:build`, deploy, the browser suite) has both; Vite is
 * loaded only when it is needed.
 */
export async function buildConsole({ quiet = false } = {}) {
  const { build } = await import("vite");
  await build({ configFile: CONSOLE_CONFIG_FILE, logLevel: quiet ? "warn" : "info" });
  copyDocsViewer();
}

/**
 * The scripts the built index.html loads at once (module scripts and their
 * preloads) with their gzip sizes (level 9, as a CDN would serve them).
 */
export function measureFirstLoad(buildDir = CONSOLE_BUILD_DIR) {
  const html = readFileSync(join(buildDir, "index.html"), "utf8");
  const references = [
    ...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((match) => match[1]);
  const files = [...new Set(references)].map((src) => {
    const relative = src.replace(/^\/console\//, "");
    return { file: relative, gzipBytes: gzipSync(readFileSync(join(buildDir, relative)), { level: 9 }).length };
  });
  return { files, totalGzipBytes: files.reduce((sum, { gzipBytes }) => sum + gzipBytes, 0) };
}
