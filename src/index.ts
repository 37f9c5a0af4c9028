import { jwksRoutes } from "./auth/jwksRoute";
import { createApiRouter } from "./http/createApiRouter";
import { providerRoutes } from "./providers/providerRoutes";
import { purgeExpiredRecords } from "./spaces/purgeExpiredRecords";
import { spaceRoutes } from "./spaces/spaceRoutes";

const router = createApiRouter([...spaceRoutes, ...providerRoutes, ...jwksRoutes]);

export default {
  fetch: (request, env, ctx) => router.fetch(request, env, ctx),
  // The cron trigger in wrangler.toml: purge expired idempotency keys and spent tokens.
  scheduled: async (controller, env) => {
    await purgeExpiredRecords(env.DB, Math.floor(controller.scheduledTime / 1000));
  },
} satisfies ExportedHandler<Env>;
