import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { generateDevConfig, writeEnvFile } from "../../scripts/lib/devConfig.mjs";
import { runWrangler, startWranglerDev, waitUntilServing } from "../../scripts/lib/wrangler.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    devConfig: Record<string, string>;
  }
}

/**
 * Starts `wrangler dev` on a free port with its own state directory and its
 * own freshly generated keys (never the developer's .dev.vars or data), and
 * stops it after the run.
 */
export default async function setup(project: TestProject) {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const stateDir = mkdtempSync(join(tmpdir(), "spacegate-e2e-"));
  const envFile = join(stateDir, "e2e.env");
  const devConfig = await generateDevConfig({ origin });
  writeEnvFile(envFile, devConfig);
  runWrangler(["d1", "migrations", "apply", "DB", "--local", "--persist-to", stateDir], { quiet: true });
  const wrangler: ChildProcess = startWranglerDev(
    ["--port", String(port), "--ip", "127.0.0.1", "--persist-to", stateDir, "--env-file", envFile,
     "--show-interactive-dev-session=false", "--log-level", "warn"],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  await waitUntilServing(`${origin}/.well-known/jwks.json`, 90_000, wrangler);
  project.provide("baseUrl", origin);
  project.provide("devConfig", devConfig);
  return async () => {
    wrangler.kill("SIGTERM");
    await new Promise((resolve) => wrangler.once("exit", resolve));
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
