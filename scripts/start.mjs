// npm start: a working local zone on an embedded D1, with ready tokens printed.
import { buildConsole } from "./lib/consoleBuild.mjs";
import { DEV_ADMIN_USER, DEV_SECOND_USER, DEV_USER, devIdpOrigin } from "./lib/devConfig.mjs";
import { DEV_PASSWORD, startDevIdp } from "./lib/devIdp.mjs";
import { loadOrCreateDevVars, printReadyBanner } from "./lib/devZone.mjs";
import { runWrangler, startWranglerDev, waitUntilServing } from "./lib/wrangler.mjs";

const PORT = Number(process.env.PORT ?? 8787);
const ORIGIN = `http://localhost:${PORT}`;
const IDP_ORIGIN = devIdpOrigin(ORIGIN);
const DEV_PROVIDER_FILE = ".wrangler/spacegate-dev-provider.json";

const vars = await loadOrCreateDevVars(ORIGIN);

await buildConsole();
runWrangler(["d1", "migrations", "apply", "DB", "--local"]);
const idp = await startDevIdp({
  port: Number(new URL(IDP_ORIGIN).port),
  vars,
  consoleOrigins: [ORIGIN, `http://127.0.0.1:${PORT}`],
});

const wrangler = startWranglerDev(["--port", String(PORT), "--ip", "127.0.0.1", "--show-interactive-dev-session=false"]);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => wrangler.kill(signal));
wrangler.on("exit", (code) => idp.close().finally(() => process.exit(code ?? 0)));

await waitUntilServing(`${ORIGIN}/.well-known/jwks.json`, 60_000, wrangler);
await printReadyBanner({
  origin: ORIGIN,
  vars,
  providerFile: DEV_PROVIDER_FILE,
  dataNote: "data persists in .wrangler/state",
  extra: `Console: ${ORIGIN}/console/
  API reference: ${ORIGIN}/docs/
  Sign in at the dev identity provider (${IDP_ORIGIN}) as "${DEV_USER}", "${DEV_ADMIN_USER}" (zone admin)
  or "${DEV_SECOND_USER}", password "${DEV_PASSWORD}".`,
});
