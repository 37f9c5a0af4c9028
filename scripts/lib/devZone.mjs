// What `npm start`, `npm run start:bun` and `npm run start:deno` share: the local .dev.vars,
// a registered dev provider, and the ready banner with tokens and curl commands.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import {
  DEV_ADMIN_USER, DEV_USER, devIdpOrigin, generateDevConfig, mintUserToken, readEnvFile, upgradeDevConfig, writeEnvFile,
} from "./devConfig.mjs";
import { currentRuntime } from "./hosts.mjs";

export const DEV_VARS = ".dev.vars";

/**
 * The local configuration in .dev.vars, generated (dev identity provider and zone keys) when
 * missing, and brought up to date (upgradeDevConfig) without touching its keys when older.
 */
export async function loadOrCreateDevVars(origin) {
  if (existsSync(DEV_VARS)) {
    const vars = readEnvFile(DEV_VARS);
    console.log(`Reusing the keys in ${DEV_VARS}.`);
    const upgraded = upgradeDevConfig(vars, { origin });
    if (upgraded.length > 0) {
      writeEnvFile(DEV_VARS, vars);
      console.log(`Updated ${upgraded.join(", ")} in ${DEV_VARS} for the dev identity provider at ${devIdpOrigin(origin)}.`);
    }
    return vars;
  }
  const vars = await generateDevConfig({ origin });
  writeEnvFile(DEV_VARS, vars);
  console.log(`Generated ${DEV_VARS} with a dev identity provider key and a zone signing key.`);
  return vars;
}

/** Registers the dev provider once (remembered in providerFile); later runs reuse it while it is still registered. */
export async function ensureDevProvider(origin, adminToken, providerFile) {
  if (existsSync(providerFile)) {
    const saved = JSON.parse(readFileSync(providerFile, "utf8"));
    const check = await fetch(`${origin}/providers/${saved.providerId}`, { headers: { "X-Auth-Token": saved.token } });
    if (check.ok) return saved;
  }
  const response = await fetch(`${origin}/providers`, {
    method: "POST",
    headers: { "X-Auth-Token": adminToken, "Content-Type": "application/json" },
    body: JSON.stringify({ name: "Dev provider" }),
  });
  if (response.status !== 201) throw new Error(`registering the dev provider failed: ${response.status} ${await response.text()}`);
  const provider = await response.json();
  mkdirSync(dirname(providerFile), { recursive: true });
  writeFileSync(providerFile, JSON.stringify(provider), { mode: 0o600 });
  return provider;
}

/** How to mint more user tokens with the runtime at hand (docs/hosts-without-node.md for Bun and Deno alone). */
const TOKEN_COMMAND = {
  node: "npm run token -- --user ID",
  bun: "bun scripts/token.mjs --user ID",
  deno: "deno task token --user ID",
};

/** Mints the dev tokens, registers the dev provider and prints the ready banner (`extra`: lines after the first). */
export async function printReadyBanner({ origin, vars, providerFile, dataNote, extra = "" }) {
  const adminToken = await mintUserToken(vars, DEV_ADMIN_USER);
  const provider = await ensureDevProvider(origin, adminToken, providerFile);
  const userToken = await mintUserToken(vars, DEV_USER);
  console.log(`
──────────────────────────────────────────────────────────────────────────────
spacegate is serving on ${origin}  (Ctrl-C stops it; ${dataNote})
${extra ? `\n${extra}\n` : ""}
User "${DEV_USER}" token (valid 12 h; more with: ${TOKEN_COMMAND[currentRuntime() ?? "node"]}):
  export USER_TOKEN=${userToken}

Create a space as that user:
  curl -i -X POST ${origin}/spaces -H "X-Auth-Token: $USER_TOKEN" -H 'Content-Type: application/json' -d '{"name":"My space"}'

Dev provider "${provider.providerId}" token:
  export PROVIDER_TOKEN=${provider.token}

Provider flow: the user asks for a space creation token, the provider redeems it:
  CREATE_TOKEN=$(curl -s ${origin}/user/spaces/token -H "X-Auth-Token: $USER_TOKEN" | sed 's/.*"token":"\\([^"]*\\)".*/\\1/')
  curl -i -X POST ${origin}/spaces -H "X-Auth-Token: $PROVIDER_TOKEN" -H 'Content-Type: application/json' -d "{\\"name\\":\\"Provided space\\",\\"token\\":\\"$CREATE_TOKEN\\",\\"size\\":\\"1073741824\\"}"
──────────────────────────────────────────────────────────────────────────────
`);
}
