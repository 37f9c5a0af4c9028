import { purgeExpiredRecords } from "./maintenance/purgeExpiredRecords";
import { createApiRouter } from "./http/createApiRouter";
import { apiRoutes } from "./routes";

const router = createApiRouter(apiRoutes);

export default {
  fetch: (request, env, ctx) => router.fetch(request, env, ctx),
  // The cron trigger in wrangler.toml: purge expired idempotency keys and spent tokens.
  scheduled: async (controller, env) => {
    await purgeExpiredRecords(env.DB, Math.floor(controller.scheduledTime / 1000));
  },
} satisfies ExportedHandler<Env>;
