// npm run start:bun / start:deno: spacegate on Bun or Deno over one SQLite file (or PostgreSQL at
// DATABASE_URL: docs/scaling-out.md), in the foreground,
// with the console, the dev identity provider and the same ready banner as `npm start`.
// It runs on Node.js (then the pinned runtime serves) or on Bun or Deno themselves, without
// Node.js: `bun run serve`, `deno task serve` (docs/hosts-without-node.md), then that runtime serves.
// Configuration: see docs/hosts.md, "Bun and Deno", and docs/configuration.md.
import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { buildConsole } from "./lib/consoleBuild.mjs";
import { DEV_ADMIN_USER, DEV_SECOND_USER, DEV_USER, devIdpOrigin } from "./lib/devConfig.mjs";
import { DEV_PASSWORD, startDevIdp } from "./lib/devIdp.mjs";
import { loadOrCreateDevVars, printReadyBanner } from "./lib/devZone.mjs";
import { setting } from "../src/settings/setting.ts";
import { currentRuntime, hostCommand } from "./lib/hosts.mjs";
import { describeDatabaseUrl } from "../hosts/postgres/describeDatabaseUrl.ts";
import { waitUntilServing } from "./lib/wrangler.mjs";

const runtime = process.argv[2] ?? currentRuntime();
const port = setting(process.env, "PORT");
const host = setting(process.env, "HOST");
const origin = `http://${host === "127.0.0.1" || host === "0.0.0.0" ? "localhost" : host.includes(":") ? `[${host}]` : host}:${port}`;
const idpOrigin = devIdpOrigin(origin);
const database = resolve(setting(process.env, "SPACEGATE_DB"));

const vars = await loadOrCreateDevVars(origin);
await buildConsole();
const { command, args } = hostCommand(runtime, database);
const idp = await startDevIdp({ port: Number(new URL(idpOrigin).port), vars, consoleOrigins: [origin, `http://127.0.0.1:${port}`] });
const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, SPACEGATE_DB: database } });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => idp.close().finally(() => process.exit(code ?? (signal ? 1 : 0))));

await waitUntilServing(`${origin}/.well-known/jwks.json`, 60_000, child);
await printReadyBanner({
  origin,
  vars: { ...vars, AUTH_ISSUER: process.env.AUTH_ISSUER ?? vars.AUTH_ISSUER, AUTH_AUDIENCE: process.env.AUTH_AUDIENCE ?? vars.AUTH_AUDIENCE },
  providerFile: `${database}.dev-provider.json`,
  dataNote: process.env.DATABASE_URL?.trim() ? `data persists in ${describeDatabaseUrl(process.env.DATABASE_URL.trim())}` : `data persists in ${database}`,
  extra: `Console: ${origin}/console/
  API reference: ${origin}/docs/
  Sign in at the dev identity provider (${idpOrigin}) as "${DEV_USER}", "${DEV_ADMIN_USER}" (zone admin)
  or "${DEV_SECOND_USER}", password "${DEV_PASSWORD}".`,
});
