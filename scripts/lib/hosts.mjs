// Bun and Deno for the self-hosted spacegate: where their binaries are, how to install them
// (pinned in hosts/runtimes/package-lock.json, installed on first use), and how to start the host.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const PROJECT_DIR = fileURLToPath(new URL("../..", import.meta.url));
export const HOST_RUNTIMES = ["bun", "deno"];
const RUNTIMES_DIR = join(PROJECT_DIR, "hosts", "runtimes");
const HOST_ENTRY = join(PROJECT_DIR, "hosts", "start.ts");
/** Our header limit is 32 KiB (src/http/headerLimit.ts); Bun's own default, 16 KiB, would answer first. */
const BUN_MAX_HEADER_BYTES = 64 * 1024;

/** The platform binary inside the scoped packages that `bun` and `deno` depend on (their install scripts are not needed). */
function findBinary(runtime) {
  const scope = join(RUNTIMES_DIR, "node_modules", runtime === "bun" ? "@oven" : "@deno");
  if (!existsSync(scope)) return undefined;
  const exe = process.platform === "win32" ? `${runtime}.exe` : runtime;
  for (const pkg of readdirSync(scope)) {
    for (const candidate of [join(scope, pkg, "bin", exe), join(scope, pkg, exe)]) {
      if (existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

/** "bun" or "deno" when this script runs on Bun or Deno (`bun run serve`, `deno task serve`), else undefined. */
export function currentRuntime() {
  if (typeof globalThis.Bun !== "undefined") return "bun";
  if (typeof globalThis.Deno !== "undefined") return "deno";
  return undefined;
}

/**
 * The path of Bun's or Deno's binary: the one running this script when it is that runtime (a machine
 * without Node.js, docs/hosts-without-node.md), else the pinned one, installed from the lockfile once if needed.
 */
export function runtimeBinary(runtime) {
  if (!HOST_RUNTIMES.includes(runtime)) throw new Error(`unknown runtime ${runtime}; one of ${HOST_RUNTIMES.join(", ")}`);
  if (runtime === currentRuntime()) return process.execPath;
  let binary = findBinary(runtime);
  if (!binary) {
    console.error(`Installing Bun and Deno (pinned in hosts/runtimes/package-lock.json) on first use ...`);
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    const install = spawnSync(npm, ["ci", "--prefix", RUNTIMES_DIR, "--ignore-scripts", "--no-audit", "--no-fund"], {
      stdio: ["ignore", "inherit", "inherit"],
    });
    binary = findBinary(runtime);
    if (install.status !== 0 || !binary) throw new Error(`could not install ${runtime} into ${RUNTIMES_DIR}`);
  }
  return binary;
}

/**
 * The command that serves spacegate (or another `entry` file, such as a bench floor) on
 * `runtime` over the SQLite file `database` (passed as SPACEGATE_DB by the caller's environment).
 */
export function hostCommand(runtime, database, entry = HOST_ENTRY) {
  const binary = runtimeBinary(runtime);
  if (runtime === "bun") return { command: binary, args: [`--max-http-header-size=${BUN_MAX_HEADER_BYTES}`, entry] };
  const dataDir = dirname(resolve(database));
  return {
    command: binary,
    args: ["run", "--allow-read", `--allow-write=${dataDir}`, "--allow-env", "--allow-net", "--no-prompt", entry],
  };
}
