import { defineRoute } from "../http/RouteDefinition";
import { serveStaticFolder } from "../http/serveStaticFolder";

/** Vite names every file under /console/assets/ after its content: such a file never changes. */
const IMMUTABLE = "public, max-age=31536000, immutable";

/**
 * `GET /console/*`: the console's built files (public/console/, `npm run
 * console:build`), handed over by the static files (`ASSETS`): `/console`
 * redirects to `/console/`, which is its index.html, so that its redirect URI
 * (`/console/`) is the address people see. A file that is not there is the
 * API's own 404. Declared after `GET /console/config.json`, which it would
 * otherwise shadow.
 */
export const consoleFilesRoute = defineRoute({
  method: "GET",
  path: "/console/*",
  auth: "public",
  handle: async (request, env) => {
    const response = await serveStaticFolder(request, env, "/console");
    if (response.ok && new URL(request.url).pathname.startsWith("/console/assets/")) response.headers.set("Cache-Control", IMMUTABLE);
    return response;
  },
  doc: OPENAPI_DOCS && {
    operationId: "get_console_file",
    tag: "Zone",
    summary: "The web console",
    description:
      "A web page where people sign in with OpenID Connect and manage their spaces through this API: `/console/` is the page, `/console/assets/…` its scripts and styles (named after their content, cached for good); `/console` redirects to `/console/`.",
    success: { status: 200, description: "The console's page (text/html) or one of its files.", headers: ["Cache-Control"] },
    errors: { 404: ["not_found"] },
  },
});
