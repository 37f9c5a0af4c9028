import { jwksRoutes } from "./auth/jwksRoute";
import { consoleRoutes } from "./console/consoleConfigRoute";
import type { RouteDefinition } from "./http/createApiRouter";
import { withOpenApiRoute } from "./openapi/openApiRoute";
import { providerRoutes } from "./providers/providerRoutes";
import { spaceRoutes } from "./spaces/spaceRoutes";

/** Every route the worker serves, `GET /openapi.json` (which documents them all) included. */
export const apiRoutes: readonly RouteDefinition[] = withOpenApiRoute([...spaceRoutes, ...providerRoutes, ...jwksRoutes, ...consoleRoutes]);
