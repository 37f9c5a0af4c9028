import { jwksRoute } from "./auth/jwksRoute";
import { consoleConfigRoute } from "./console/consoleConfigRoute";
import { creationRoutes } from "./creation/creationRoutes";
import type { AnyRoute } from "./http/RouteDefinition";
import { openApiRoute } from "./openapi/openApiRoute";
import { providerRoutes } from "./providers/providerRoutes";
import { spaceRoutes } from "./spaces/spaceRoutes";

/** Every route the worker serves: the one table the router and the OpenAPI document are built from. */
export const apiRoutes: readonly AnyRoute[] = [...creationRoutes, ...spaceRoutes, ...providerRoutes, jwksRoute, openApiRoute, consoleConfigRoute];
