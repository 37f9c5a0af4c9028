// The Worker over PostgreSQL through Hyperdrive: `wrangler.toml` [env.postgres]
// (docs/deploying.md, "Workers over PostgreSQL (Hyperdrive)"). The same Worker
// as src/index.ts; only its `DB` differs. Kept apart so that the D1 build
// (src/index.ts) carries no PostgreSQL driver.
import d1Worker from "./index";
import { PostgresDb } from "./postgres/PostgresDb";
import { requestConnections } from "./postgres/requestConnections";
import { setting } from "./settings/setting";

/** The bindings of the postgres environment (wrangler types): the D1 Worker's, with HYPERDRIVE in place of DB. */
type PostgresEnv = Cloudflare.PostgresEnv;

/**
 * A `DB` for one request or cron run: its own `pg` client through Hyperdrive
 * (no I/O object crosses requests; Hyperdrive pools the database's
 * connections). Hyperdrive resets a session whenever a transaction ends, so
 * single statements run in a SERIALIZABLE transaction of their own.
 */
function requestDb(env: PostgresEnv): PostgresDb {
  return new PostgresDb(requestConnections(env.HYPERDRIVE.connectionString), {
    maxRetries: setting(env, "DATABASE_MAX_RETRIES"),
    serializableSessions: false,
  });
}

export default {
  async fetch(request, env, ctx) {
    const db = requestDb(env);
    try {
      return await d1Worker.fetch(request, { ...env, DB: db } as unknown as Env, ctx);
    } finally {
      // The answer is whole by now (every route reads its rows before answering); the client closes after it is sent.
      ctx.waitUntil(db.close());
    }
  },
  async scheduled(controller, env) {
    const db = requestDb(env);
    try {
      await d1Worker.scheduled(controller, { ...env, DB: db } as unknown as Env);
    } finally {
      await db.close();
    }
  },
} satisfies ExportedHandler<PostgresEnv>;
