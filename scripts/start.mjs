// npm start: a working local zone on an embedded D1, with ready tokens printed.
import { loadOrCreateDevVars, printReadyBanner } from "./lib/devZone.mjs";
import { runWrangler, startWranglerDev, waitUntilServing } from "./lib/wrangler.mjs";

const PORT = Number(process.env.PORT ?? 8787);
const ORIGIN = `http://localhost:${PORT}`;
const DEV_PROVIDER_FILE = ".wrangler/spacegate-dev-provider.json";

const vars = await loadOrCreateDevVars(ORIGIN);

runWrangler(["d1", "migrations", "apply", "DB", "--local"]);

const wrangler = startWranglerDev(["--port", String(PORT), "--ip", "127.0.0.1", "--show-interactive-dev-session=false"]);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => wrangler.kill(signal));
wrangler.on("exit", (code) => process.exit(code ?? 0));

await waitUntilServing(`${ORIGIN}/.well-known/jwks.json`, 60_000, wrangler);
await printReadyBanner({ origin: ORIGIN, vars, providerFile: DEV_PROVIDER_FILE, dataNote: "data persists in .wrangler/state" });
