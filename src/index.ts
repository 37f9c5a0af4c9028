import { jwksRoutes } from "./auth/jwksRoute";
import { createApiRouter } from "./http/createApiRouter";
import { providerRoutes } from "./providers/providerRoutes";
import { spaceRoutes } from "./spaces/spaceRoutes";

const router = createApiRouter([...spaceRoutes, ...providerRoutes, ...jwksRoutes]);

export default {
  fetch: (request, env, ctx) => router.fetch(request, env, ctx),
} satisfies ExportedHandler<Env>;
