import { defineRoute } from "../http/RouteDefinition";
import { serveStaticFolder } from "../http/serveStaticFolder";

/**
 * `GET /docs/*`: the interactive API reference (Swagger UI) over
 * `/openapi.json`, served from the static files (`ASSETS`) like the console:
 * `/docs` redirects to `/docs/`, its page (public/docs/index.html, committed);
 * `/docs/vendor/…` is Swagger UI itself, copied from swagger-ui-dist by
 * `npm run console:build` (git-ignored). Neither is in the worker bundle.
 */
export const docsFilesRoute = defineRoute({
  method: "GET",
  path: "/docs/*",
  auth: "public",
  handle: (request, env) => serveStaticFolder(request, env, "/docs"),
  doc: OPENAPI_DOCS && {
    operationId: "get_docs_file",
    tag: "Zone",
    summary: "This API reference, in the browser",
    description:
      "A web page that shows this document and can send its requests to this zone with a token pasted into it (kept in the page's memory only): `/docs/` is the page, `/docs/vendor/…` the viewer's files; `/docs` redirects to `/docs/`.",
    success: { status: 200, description: "The reference's page (text/html) or one of its files." },
    errors: { 404: ["not_found"] },
  },
});
