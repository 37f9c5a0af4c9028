// The API reference's viewer at /docs/: Swagger UI's files, copied from the swagger-ui-dist package into
// public/docs/vendor/ (git-ignored), among the static files of wrangler.toml's [assets], beside the
// committed page (public/docs/index.html, docs.js, docs.css). Nothing is fetched from a CDN.
import { copyFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const DOCS_VIEWER_DIR = fileURLToPath(new URL("../../public/docs/vendor", import.meta.url));
/** What the page loads, and the licence and notice that must travel with it (Apache-2.0). */
export const DOCS_VIEWER_FILES = ["swagger-ui-bundle.js", "swagger-ui.css", "favicon-32x32.png", "LICENSE", "NOTICE"];

/** Copies the viewer's files from the installed swagger-ui-dist; a missing file throws. */
export function copyDocsViewer(targetDir = DOCS_VIEWER_DIR) {
  const packageDir = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));
  mkdirSync(targetDir, { recursive: true });
  for (const file of DOCS_VIEWER_FILES) copyFileSync(join(packageDir, file), join(targetDir, file));
}
