// wrangler types (worker-configuration.d.ts) makes `DB` optional, since the
// postgres environment has no D1 binding. Every entry supplies it: D1 binds it
// (src/index.ts), and src/indexPostgres.ts puts its PostgreSQL `Db` in its place.
declare global {
  interface Env {
    DB: D1Database;
  }
  namespace Cloudflare {
    interface Env {
      DB: D1Database;
    }
  }
}

export {};
