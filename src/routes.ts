import { jwksRoute } from "./auth/jwksRoute";
import { consoleConfigRoute } from "./console/consoleConfigRoute";
import { consoleFilesRoute } from "./console/consoleFilesRoute";
import { creationRoutes } from "./creation/creationRoutes";
import { docsFilesRoute } from "./docs/docsFilesRoute";
import { healthRoutes } from "./health/healthRoutes";
import { groupRoutes } from "./groups/groupRoutes";
import { groupSpaceRoutes } from "./groups/groupSpaceRoutes";
import { groupUserRoutes } from "./groups/groupUserRoutes";
import { nestedGroupRoutes } from "./groups/nestedGroupRoutes";
import { spaceGroupRoutes } from "./groups/spaceGroupRoutes";
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
 * document are built from. Groups (`/groups/...`, `/user/groups/...`,
 * `/spaces/{id}/groups/...`, effective users and spaces) are in `groups/`; zone privileges (`/privileges/...`) are out of scope and answer
 * 404 like any unknown path.
 */
export const apiRoutes: readonly AnyRoute[] = [
  ...creationRoutes,
  ...spaceRoutes,
  ...memberRoutes,
  ...invitationRoutes,
  ...supportRoutes,
  ...userRoutes,
  ...providerRoutes,
  ...groupRoutes,
  ...groupUserRoutes,
  ...nestedGroupRoutes,
  ...spaceGroupRoutes,
  ...groupSpaceRoutes,
  jwksRoute,
  openApiRoute,
  consoleConfigRoute,
  consoleFilesRoute,
  docsFilesRoute,
  ...healthRoutes,
];
