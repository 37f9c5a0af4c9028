// Runs wrangler from this project, with metrics off, and waits for `wrangler dev` to serve.
import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const WRANGLER_BIN = fileURLToPath(new URL("../../node_modules/wrangler/bin/wrangler.js", import.meta.url));
export const WRANGLER_ENV = { ...process.env, WRANGLER_SEND_METRICS: "false", CI: process.env.CI ?? "" };

/** Runs a wrangler command to completion; throws if it fails. */
export function runWrangler(args, { quiet = false } = {}) {
  const result = spawnSync(process.execPath, [WRANGLER_BIN, ...args], {
    env: WRANGLER_ENV,
    stdio: quiet ? "pipe" : "inherit",
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(`wrangler ${args.join(" ")} failed (${result.status})\n${result.stdout ?? ""}${result.stderr ?? ""}`);
  }
  return result.stdout;
}

/** Starts `wrangler dev` in the background; `env` adds to its environment (e.g. a Hyperdrive local connection string). */
export function startWranglerDev(args, { stdio = "inherit", env = {} } = {}) {
  return spawn(process.execPath, [WRANGLER_BIN, "dev", ...args], { env: { ...WRANGLER_ENV, ...env }, stdio });
}

/** Polls a URL until it answers, or fails after timeoutMs. */
export async function waitUntilServing(url, timeoutMs = 60_000, child = undefined) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`wrangler dev exited with ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}
