// npm start: a working local zone on an embedded D1, with ready tokens printed.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { buildConsole } from "./lib/consoleBuild.mjs";
import {
  DEV_ADMIN_USER, DEV_SECOND_USER, DEV_USER, devIdpOrigin, generateDevConfig, mintUserToken, readEnvFile, upgradeDevConfig, writeEnvFile,
} from "./lib/devConfig.mjs";
import { DEV_PASSWORD, startDevIdp } from "./lib/devIdp.mjs";
import { runWrangler, startWranglerDev, waitUntilServing } from "./lib/wrangler.mjs";

const PORT = Number(process.env.PORT ?? 8787);
const ORIGIN = `http://localhost:${PORT}`;
const IDP_ORIGIN = devIdpOrigin(ORIGIN);
const DEV_VARS = ".dev.vars";
const DEV_PROVIDER_FILE = ".wrangler/spacegate-dev-provider.json";

let vars;
if (existsSync(DEV_VARS)) {
  vars = readEnvFile(DEV_VARS);
  console.log(`Reusing the keys in ${DEV_VARS}.`);
  const upgraded = upgradeDevConfig(vars, { origin: ORIGIN });
  if (upgraded.length > 0) {
    writeEnvFile(DEV_VARS, vars);
    console.log(`Updated ${upgraded.join(", ")} in ${DEV_VARS} for the dev identity provider at ${IDP_ORIGIN}.`);
  }
} else {
  vars = await generateDevConfig({ origin: ORIGIN });
  writeEnvFile(DEV_VARS, vars);
  console.log(`Generated ${DEV_VARS} with a dev identity provider key and a zone signing key.`);
}

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
const adminToken = await mintUserToken(vars, DEV_ADMIN_USER);
const provider = await ensureDevProvider(adminToken);
const userToken = await mintUserToken(vars, DEV_USER);

console.log(`
──────────────────────────────────────────────────────────────────────────────
spacegate is serving on ${ORIGIN}  (Ctrl-C stops it; data persists in .wrangler/state)

Console: ${ORIGIN}/console/
  Sign in at the dev identity provider (${IDP_ORIGIN}) as "${DEV_USER}", "${DEV_ADMIN_USER}" (zone admin)
  or "${DEV_SECOND_USER}", password "${DEV_PASSWORD}".

User "${DEV_USER}" token (valid 12 h; more with: npm run token -- --user ID):
  export USER_TOKEN=${userToken}

Create a space as that user:
  curl -i -X POST ${ORIGIN}/spaces -H "X-Auth-Token: $USER_TOKEN" -H 'Content-Type: application/json' -d '{"name":"My space"}'

Dev provider "${provider.providerId}" token:
  export PROVIDER_TOKEN=${provider.token}

Provider flow: the user asks for a space creation token, the provider redeems it:
  CREATE_TOKEN=$(curl -s ${ORIGIN}/user/spaces/token -H "X-Auth-Token: $USER_TOKEN" | sed 's/.*"token":"\\([^"]*\\)".*/\\1/')
  curl -i -X POST ${ORIGIN}/spaces -H "X-Auth-Token: $PROVIDER_TOKEN" -H 'Content-Type: application/json' -d "{\\"name\\":\\"Provided space\\",\\"token\\":\\"$CREATE_TOKEN\\",\\"size\\":\\"1073741824\\"}"
──────────────────────────────────────────────────────────────────────────────
`);

/** Registers the dev provider once; later runs reuse it while it is still registered. */
async function ensureDevProvider(adminToken) {
  if (existsSync(DEV_PROVIDER_FILE)) {
    const saved = JSON.parse(readFileSync(DEV_PROVIDER_FILE, "utf8"));
    const check = await fetch(`${ORIGIN}/providers/${saved.providerId}`, { headers: { "X-Auth-Token": saved.token } });
    if (check.ok) return saved;
  }
  const response = await fetch(`${ORIGIN}/providers`, {
    method: "POST",
    headers: { "X-Auth-Token": adminToken, "Content-Type": "application/json" },
    body: JSON.stringify({ name: "Dev provider" }),
  });
  if (response.status !== 201) throw new Error(`registering the dev provider failed: ${response.status} ${await response.text()}`);
  const provider = await response.json();
  mkdirSync(".wrangler", { recursive: true });
  writeFileSync(DEV_PROVIDER_FILE, JSON.stringify(provider), { mode: 0o600 });
  return provider;
}
