import * as v from "valibot";

/** `GET /console/config.json`: what the console needs to sign a person in and call this API. */
export const ConsoleConfigSchema = v.pipe(
  v.strictObject({
    issuer: v.pipe(v.nullable(v.string()), v.description("The OpenID Connect issuer (`AUTH_ISSUER`); null when unset.")),
    clientId: v.pipe(v.nullable(v.string()), v.description("The console's public client id (`CONSOLE_CLIENT_ID`); null when unset.")),
    scopes: v.pipe(v.string(), v.description("Space-separated scopes the console asks for (`CONSOLE_SCOPES`).")),
    apiBase: v.pipe(v.string(), v.description("The absolute URL the console sends API requests to.")),
  }),
  v.title("ConsoleConfig"),
);

export type ConsoleConfig = v.InferOutput<typeof ConsoleConfigSchema>;
