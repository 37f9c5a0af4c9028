import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hostedSettings } from "../../../hosts/config/readSettings.ts";
import { generateDevConfig, writeEnvFile } from "../../../scripts/lib/devConfig.mjs";
import { hostCommand } from "../../../scripts/lib/hosts.mjs";
import { runWrangler, startWranglerDev, waitUntilServing } from "../../../scripts/lib/wrangler.mjs";

/** The runtimes a host process is started with. */
export type HostRuntime = "wrangler" | "bun" | "deno";

/** What a mode of the black-box suite runs: a runtime, over its embedded database or over PostgreSQL. */
export interface HostMode {
  readonly runtime: HostRuntime;
  /** Over PostgreSQL: the suite's global setup starts a throwaway cluster and hands the hosts its DATABASE_URL. */
  readonly postgres: boolean;
}

/**
 * The modes the black-box suite runs in (`vitest --mode NAME`), one
 * declaration each; `npm run test:e2e` runs them one after another.
 */
export const HOST_MODES = {
  wrangler: { runtime: "wrangler", postgres: false },
  bun: { runtime: "bun", postgres: false },
  deno: { runtime: "deno", postgres: false },
  "bun-postgres": { runtime: "bun", postgres: true },
  "wrangler-postgres": { runtime: "wrangler", postgres: true },
} as const satisfies Record<string, HostMode>;

export type HostName = keyof typeof HOST_MODES;
export const HOST_NAMES = Object.keys(HOST_MODES) as HostName[];

/** A running spacegate, reached over HTTP only. */
export interface RunningHost {
  baseUrl: string;
  /** The configuration it was started with, including DEV_IDP_PRIVATE_JWK to mint user tokens. */
  devConfig: Record<string, string>;
  process: ChildProcess;
  /** SIGTERM, then waits for the process to exit. */
  stop(): Promise<void>;
}

/**
 * Starts one host on a free port with its own data and freshly generated keys
 * (never the developer's .dev.vars or data). Bun and Deno take `database`
 * when given (to restart on the same file), else a new file in a temp folder.
 */
export async function startHost(
  name: HostRuntime,
  { database, devConfig, settings = {}, environment = {}, captureStdout = false, captureStderr = false }: {
    database?: string;
    devConfig?: Record<string, string>;
    settings?: Record<string, string>;
    /**
     * Bun and Deno: host-only variables (DATABASE_URL, DATABASE_POOL_MAX, …), beyond the worker's settings.
     * wrangler: a DATABASE_URL here runs `wrangler dev --env postgres` over that database (migrated beforehand),
     * its HYPERDRIVE binding connecting there directly (no Hyperdrive locally).
     */
    environment?: Record<string, string>;
    captureStdout?: boolean;
    captureStderr?: boolean;
  } = {},
): Promise<RunningHost & { database: string | undefined; stdout: () => string; stderr: () => string }> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const config = devConfig ?? (await generateDevConfig({ origin }));
  const stateDir = mkdtempSync(join(tmpdir(), `spacegate-${name}-`));
  let child: ChildProcess;
  let dbFile: string | undefined;
  if (name === "wrangler") {
    const envFile = join(stateDir, "e2e.env");
    writeEnvFile(envFile, { ...config, ...settings });
    const databaseUrl = environment.DATABASE_URL;
    if (!databaseUrl) runWrangler(["d1", "migrations", "apply", "DB", "--local", "--persist-to", stateDir], { quiet: true });
    child = startWranglerDev(
      ["--port", String(port), "--ip", "127.0.0.1", "--inspector-port", String(await freePort()), "--persist-to", stateDir,
       "--env-file", envFile, "--show-interactive-dev-session=false", "--log-level", "warn",
       ...(databaseUrl ? ["--env", "postgres"] : [])],
      { stdio: ["ignore", "ignore", "inherit"], env: databaseUrl ? { CLOUDFLARE_HYPERDRIVE_LOCAL_CONNECTION_STRING_HYPERDRIVE: databaseUrl } : {} },
    );
  } else {
    dbFile = database ?? join(stateDir, "spacegate.sqlite");
    const { command, args } = hostCommand(name, dbFile);
    child = spawn(command, args, {
      env: { ...process.env, ...hostSettings({ ...config, ...settings }), SPACEGATE_DB: dbFile, PORT: String(port), HOST: "127.0.0.1", DATABASE_URL: "", ...environment },
      stdio: ["ignore", captureStdout ? "pipe" : "ignore", captureStderr ? "pipe" : "inherit"],
    });
  }
  let stdout = "";
  let stderr = "";
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  try {
    await waitUntilServing(`${origin}/.well-known/jwks.json`, 90_000, child);
  } catch (error) {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    throw error;
  }
  return {
    baseUrl: origin,
    devConfig: config,
    process: child,
    database: dbFile,
    stdout: () => stdout,
    stderr: () => stderr,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      rmSync(stateDir, { recursive: true, force: true });
    },
  };
}

/**
 * Every configuration name the worker declares, set: an empty value for those
 * not given, so that a .dev.vars in the working folder cannot leak in.
 */
function hostSettings(config: Record<string, string>): Record<string, string> {
  return Object.fromEntries([...hostedSettings()].map(([name, fallback]) => [name, config[name] ?? fallback]));
}

/** A port nobody listens on right now. */
/**
 * A free port whose next port is free too, for a start command that also
 * serves its dev identity provider on port + 1 (scripts/lib/devConfig.mjs).
 */
export async function freePortPair(): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const port = await freePort();
    if (await canListen(port + 1)) return port;
  }
  throw new Error("no two adjacent free ports");
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}
