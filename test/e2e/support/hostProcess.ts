import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hostedSettings } from "../../../hosts/config/readSettings.ts";
import { generateDevConfig, writeEnvFile } from "../../../scripts/lib/devConfig.mjs";
import { hostCommand } from "../../../scripts/lib/hosts.mjs";
import { runWrangler, startWranglerDev, waitUntilServing } from "../../../scripts/lib/wrangler.mjs";
import { createPostgresDatabase, type PostgresDatabase } from "./postgresDatabase.ts";

/** The hosts the black-box suite runs against, one after another, one declaration per mode: what serves, over which database. */
export const HOST_MODES = {
  wrangler: { runtime: "wrangler", database: "d1" },
  bun: { runtime: "bun", database: "sqlite" },
  deno: { runtime: "deno", database: "sqlite" },
  "wrangler-postgres": { runtime: "wrangler", database: "postgres" },
} as const satisfies Record<string, HostMode>;

export interface HostMode {
  /** `wrangler dev` (workerd), or the Bun or Deno host (hosts/start.ts). */
  readonly runtime: "wrangler" | "bun" | "deno";
  /** D1 (wrangler dev's local D1), one SQLite file, or PostgreSQL (a database of its own in a throwaway cluster). */
  readonly database: "d1" | "sqlite" | "postgres";
}
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
  name: HostName,
  { database, devConfig, settings = {}, environment = {}, captureStdout = false, captureStderr = false }: {
    database?: string;
    devConfig?: Record<string, string>;
    settings?: Record<string, string>;
    /** Bun and Deno: host-only variables (DATABASE_URL, DATABASE_POOL_MAX, …), beyond the worker's settings. */
    environment?: Record<string, string>;
    captureStdout?: boolean;
    captureStderr?: boolean;
  } = {},
): Promise<RunningHost & { database: string | undefined; stdout: () => string; stderr: () => string }> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const config = devConfig ?? (await generateDevConfig({ origin }));
  const stateDir = mkdtempSync(join(tmpdir(), `spacegate-${name}-`));
  const mode: HostMode = HOST_MODES[name];
  let child: ChildProcess;
  let dbFile: string | undefined;
  let postgres: PostgresDatabase | undefined;
  if (mode.runtime === "wrangler") {
    const envFile = join(stateDir, "e2e.env");
    writeEnvFile(envFile, { ...config, ...settings });
    let env: Record<string, string> = {};
    if (mode.database === "postgres") {
      // wrangler dev --env postgres: the HYPERDRIVE binding reaches this database directly (no Hyperdrive locally).
      postgres = await createPostgresDatabase();
      env = { CLOUDFLARE_HYPERDRIVE_LOCAL_CONNECTION_STRING_HYPERDRIVE: postgres.url };
    } else {
      runWrangler(["d1", "migrations", "apply", "DB", "--local", "--persist-to", stateDir], { quiet: true });
    }
    child = startWranglerDev(
      ["--port", String(port), "--ip", "127.0.0.1", "--inspector-port", String(await freePort()), "--persist-to", stateDir,
       "--env-file", envFile, "--show-interactive-dev-session=false", "--log-level", "warn",
       ...(mode.database === "postgres" ? ["--env", "postgres"] : [])],
      { stdio: ["ignore", "ignore", "inherit"], env },
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
    postgres?.release();
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
      postgres?.release();
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
