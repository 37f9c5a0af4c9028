import { jwksRoute } from "./auth/jwksRoute";
import { consoleConfigRoute } from "./console/consoleConfigRoute";
import { consoleFilesRoute } from "./console/consoleFilesRoute";
import { creationRoutes } from "./creation/creationRoutes";
import { docsFilesRoute } from "./docs/docsFilesRoute";
import { healthRoutes } from "./health/healthRoutes";
import type { AnyRoute } from "./http/RouteDefinition";
import { invitationRoutes } from "./invitations/invitationRoutes";
import { memberRoutes } from "./members/memberRoutes";
import { openApiRoute } from "./openapi/openApiRoute";
import { providerRoutes } from "./providers/providerRoutes";
import { spaceRoutes } from "./spaces/spaceRoutes";
import { supportRoutes } from "./supports/supportRoutes";
import { userRoutes } from "./users/userRoutes";

/**
 * Every route the worker serves: the one table the router and the OpenAPI
 * document are built from. Groups (`/groups/...`, `/spaces/{id}/groups/...`)
 * are out of scope and answer 404 like any unknown path.
 */
export const apiRoutes: readonly AnyRoute[] = [
  ...creationRoutes,
  ...spaceRoutes,
  ...memberRoutes,
  ...invitationRoutes,
  ...supportRoutes,
  ...userRoutes,
  ...providerRoutes,
  jwksRoute,
  openApiRoute,
  consoleConfigRoute,
  consoleFilesRoute,
  docsFilesRoute,
  ...healthRoutes,
];
