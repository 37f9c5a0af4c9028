import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { buildConsole } from "../../../../scripts/lib/consoleBuild.mjs";
import { generateDevConfig, writeEnvFile } from "../../../../scripts/lib/devConfig.mjs";
import { startDevIdp } from "../../../../scripts/lib/devIdp.mjs";
import { runWrangler, startWranglerDev, waitUntilServing } from "../../../../scripts/lib/wrangler.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    consoleOrigin: string;
    idpOrigin: string;
    /** The run's generated .dev.vars values, private dev keys included (test-only keys). */
    devVars: Record<string, string>;
  }
}

/**
 * Builds the console, then starts `wrangler dev` (its own state directory and
 * freshly generated keys, never the developer's) and the dev identity
 * provider beside it, each on a free port; stops both after the run.
 */
export default async function setup(project: TestProject) {
  await buildConsole({ quiet: true });
  const [port, idpPort, inspectorPort] = await Promise.all([freePort(), freePort(), freePort()]);
  const origin = `http://127.0.0.1:${port}`;
  const idpOrigin = `http://127.0.0.1:${idpPort}`;
  const stateDir = mkdtempSync(join(tmpdir(), "spacegate-console-"));
  const envFile = join(stateDir, "console.env");
  const vars = await generateDevConfig({ origin, idpOrigin });
  writeEnvFile(envFile, vars);
  runWrangler(["d1", "migrations", "apply", "DB", "--local", "--persist-to", stateDir], { quiet: true });
  const idp = await startDevIdp({ port: idpPort, vars, consoleOrigins: [origin] });
  const wrangler: ChildProcess = startWranglerDev(
    ["--port", String(port), "--ip", "127.0.0.1", "--inspector-port", String(inspectorPort), "--persist-to", stateDir,
     "--env-file", envFile, "--show-interactive-dev-session=false", "--log-level", "warn"],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  await waitUntilServing(`${origin}/console/config.json`, 90_000, wrangler);
  project.provide("consoleOrigin", origin);
  project.provide("idpOrigin", idpOrigin);
  project.provide("devVars", vars);
  return async () => {
    wrangler.kill("SIGTERM");
    await new Promise((resolve) => wrangler.once("exit", resolve));
    await idp.close();
    rmSync(stateDir, { recursive: true, force: true });
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}
