import { defineRoute } from "../http/RouteDefinition";
import { jsonResponse } from "../http/jsonResponse";
import { setting } from "../settings/setting";
import { type ConsoleConfig, ConsoleConfigSchema } from "./consoleConfigSchema";

/**
 * `GET /console/config.json`: the console's sign-in settings and the API base,
 * read from the settings at request time so that one build serves every zone.
 * The API base is this request's origin: the console's files and the API are
 * served together.
 */
export const consoleConfigRoute = defineRoute({
  method: "GET",
  path: "/console/config.json",
  auth: "public",
  handle: (request, env) => {
    const config: ConsoleConfig = {
      issuer: env.AUTH_ISSUER || null,
      clientId: env.CONSOLE_CLIENT_ID || null,
      scopes: setting(env, "CONSOLE_SCOPES"),
      apiBase: new URL(request.url).origin,
    };
    return jsonResponse(config, 200, { "Cache-Control": "no-cache" });
  },
  doc: OPENAPI_DOCS && {
    operationId: "get_console_config",
    tag: "Zone",
    summary: "The web console's configuration",
    description: "The OpenID Connect issuer, client id and scopes the console at `/console/` signs in with, and the API base it calls.",
    success: { status: 200, description: "The console's configuration.", body: ConsoleConfigSchema, headers: ["Cache-Control"] },
  },
});
