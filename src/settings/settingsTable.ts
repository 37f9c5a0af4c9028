// The one table of spacegate's configuration names. wrangler.toml's [vars], the
// hosts' environment reading, the route descriptions and docs/configuration.md
// derive from it or are checked against it (docs/configuration.md, "Adding a setting").
import { count, json, list, rate, type SettingParser, text, url } from "./settingParsers.ts";

/**
 * Where a setting is read:
 * - `worker`: by the worker, on every host; declared in wrangler.toml;
 * - `workers`: by the worker on Cloudflare Workers only; declared in wrangler.toml;
 * - `hosts`: by the worker on Bun and Deno only (Workers use bindings instead); declared in wrangler.toml;
 * - `host process`: by the Bun and Deno start file only; never reaches the worker, not in wrangler.toml;
 * - `postgres`: by the PostgreSQL database, wherever it runs: the Bun and Deno start file, and the
 *   worker's `postgres` environment (Hyperdrive); declared in wrangler.toml's `[env.postgres.vars]` only.
 */
export type SettingScope = "worker" | "workers" | "hosts" | "host process" | "postgres";

export interface SettingRow {
  /** The text a host uses when the setting is unset or empty ("": none). wrangler.toml's `[vars]` value. */
  readonly default: string;
  readonly parser: SettingParser<unknown>;
  readonly scope: SettingScope;
  /** A secret: `[secrets] required` in wrangler.toml, set with `wrangler secret put`, never in `[vars]`. */
  readonly secret?: true;
  /** Required: `true`, or the name of the other setting that may stand in for it. */
  readonly required?: true | string;
}

const seconds = count(1, "seconds");

/** Every configuration name the code reads, in the order docs/configuration.md lists them. */
export const SETTINGS = {
  AUTH_ISSUER: { default: "", parser: text, scope: "worker", required: true },
  AUTH_AUDIENCE: { default: "", parser: text, scope: "worker", required: true },
  AUTH_JWKS_URL: { default: "", parser: url, scope: "worker", required: "AUTH_JWKS" },
  AUTH_JWKS: { default: "", parser: json("JSON JWKS"), scope: "worker", required: "AUTH_JWKS_URL" },
  AUTH_ALGORITHMS: { default: "RS256,ES256,EdDSA", parser: list, scope: "worker" },
  ZONE_ISSUER: { default: "", parser: url, scope: "worker", required: true },
  ZONE_SIGNING_KEY: { default: "", parser: json("JSON private JWK"), scope: "worker", secret: true, required: true },
  ZONE_VERIFY_KEYS: { default: "", parser: json("JSON JWKS"), scope: "worker" },
  ADMIN_USERS: { default: "", parser: list, scope: "worker" },
  CORS_ORIGINS: { default: "*", parser: list, scope: "worker" },
  SPACE_CREATE_TOKEN_TTL_SECONDS: { default: "86400", parser: seconds, scope: "worker" },
  SPACE_INVITE_TOKEN_TTL_SECONDS: { default: "86400", parser: seconds, scope: "worker" },
  SPACE_SUPPORT_TOKEN_TTL_SECONDS: { default: "86400", parser: seconds, scope: "worker" },
  GROUP_INVITE_TOKEN_TTL_SECONDS: { default: "86400", parser: seconds, scope: "worker" },
  GROUP_NEST_TOKEN_TTL_SECONDS: { default: "86400", parser: seconds, scope: "worker" },
  SPACE_GROUP_INVITE_TOKEN_TTL_SECONDS: { default: "86400", parser: seconds, scope: "worker" },
  MAX_SPACES_PER_USER: { default: "1000", parser: count(0), scope: "worker" },
  CALLER_RATE_LIMIT: { default: "600/60", parser: rate, scope: "hosts" },
  ANONYMOUS_RATE_LIMIT: { default: "60/60", parser: rate, scope: "hosts" },
  CONSOLE_CLIENT_ID: { default: "", parser: text, scope: "worker" },
  CONSOLE_SCOPES: { default: "openid profile", parser: text, scope: "worker" },
  SPACEGATE_DB: { default: ".data/spacegate.sqlite", parser: text, scope: "host process" },
  PORT: { default: "8787", parser: count(0), scope: "host process" },
  HOST: { default: "127.0.0.1", parser: text, scope: "host process" },
  CLIENT_ADDRESS_HEADER: { default: "", parser: text, scope: "host process" },
  DATABASE_URL: { default: "", parser: text, scope: "host process" },
  DATABASE_POOL_MAX: { default: "10", parser: count(1), scope: "host process" },
  DATABASE_MAX_RETRIES: { default: "5", parser: count(0), scope: "postgres" },
} as const satisfies Record<string, SettingRow>;

export type SettingName = keyof typeof SETTINGS;

/**
 * What each setting means, in one line (docs/configuration.md). Part of the
 * table, kept apart from SETTINGS only so that the worker bundle, which never
 * shows them, leaves them out; the type requires one for every setting.
 */
export const MEANINGS: Readonly<Record<SettingName, string>> = {
  AUTH_ISSUER: "required `iss` of user tokens",
  AUTH_AUDIENCE: "required `aud` of user tokens",
  AUTH_JWKS_URL:
    "where the identity provider's keys are fetched from (cached); wins over `AUTH_JWKS` when both are set",
  AUTH_JWKS: "the identity provider's public keys, inline",
  AUTH_ALGORITHMS: "allow-list of user-token algorithms",
  ZONE_ISSUER: "`iss` (and `aud`) of zone-issued tokens",
  ZONE_SIGNING_KEY:
    "the private JWK, with `kid` and `alg` (`ES256` or `EdDSA`), that signs zone tokens; its public half is served at `/.well-known/jwks.json`",
  ZONE_VERIFY_KEYS: "public keys of retired zone keys, still accepted during a rotation",
  ADMIN_USERS: "user ids that may register and remove providers and list all spaces",
  CORS_ORIGINS: "browser origins allowed to call the API (`*`: any; bearer tokens, no cookies)",
  SPACE_CREATE_TOKEN_TTL_SECONDS: "lifetime of space creation tokens",
  SPACE_INVITE_TOKEN_TTL_SECONDS: "lifetime of space invite tokens",
  SPACE_SUPPORT_TOKEN_TTL_SECONDS: "lifetime of space support tokens",
  GROUP_INVITE_TOKEN_TTL_SECONDS: "lifetime of group invite tokens",
  GROUP_NEST_TOKEN_TTL_SECONDS: "lifetime of group nest tokens",
  SPACE_GROUP_INVITE_TOKEN_TTL_SECONDS: "lifetime of space group invite tokens",
  MAX_SPACES_PER_USER:
    "spaces that may be created for one user (by the user, or by providers redeeming the user's creation tokens); `0` is no limit",
  CALLER_RATE_LIMIT:
    "requests per caller per window; on Workers the `CALLER_LIMITER` binding of wrangler.toml decides",
  ANONYMOUS_RATE_LIMIT:
    "failed authentications per client address per window; on Workers the `ANONYMOUS_LIMITER` binding decides",
  CONSOLE_CLIENT_ID:
    "the web console's OpenID Connect public client id (authorization code with PKCE against `AUTH_ISSUER`)",
  CONSOLE_SCOPES: "the scopes the console asks for",
  SPACEGATE_DB: "the SQLite file; missing folders are created",
  PORT: "the port to listen on (`0`: any free port)",
  HOST: "the address to listen on (`0.0.0.0` for all)",
  CLIENT_ADDRESS_HEADER:
    "behind a reverse proxy: the request header in which it passes the client's address (`X-Real-IP`, or `X-Forwarded-For`, of which the last address counts); empty: the socket's peer. Set it only when clients reach the instances through that proxy alone",
  DATABASE_URL: "a `postgres://` URL selects PostgreSQL instead of `SPACEGATE_DB` (docs/scaling-out.md); the banner names it without its password",
  DATABASE_POOL_MAX: "PostgreSQL connections per instance, all of them counted",
  DATABASE_MAX_RETRIES: "retries of a PostgreSQL batch that hit a serialization failure or deadlock (SQLSTATE 40001, 40P01)",
};
