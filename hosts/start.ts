// Bun and Deno host: `bun hosts/start.ts` or `deno run … hosts/start.ts` (see
// scripts/lib/hostCommand.mjs for the flags); `npm run start:bun` / `start:deno`.
// Serves the Worker of src/ over one SQLite file, or PostgreSQL at DATABASE_URL, in the
// foreground, until SIGTERM or SIGINT.
import { resolve } from "node:path";
import process from "node:process";
import { StaticAssets } from "./assets/StaticAssets.ts";
import { readSettings } from "./config/readSettings.ts";
import { readWranglerConfig } from "./config/readWranglerConfig.ts";
import { setting } from "../src/settings/setting.ts";
import { rateLimitersFrom } from "./limits/InProcessRateLimiter.ts";
import { BatchedLog } from "./logging/BatchedLog.ts";
import { WorkerRunner } from "./runWorker.ts";
import { proxiedClientAddress } from "./serve/proxiedClientAddress.ts";
import { serveHttp } from "./serve/serveHttp.ts";
import { openDatabase } from "./openDatabase.ts";

const environment = process.env;
const port = setting(environment, "PORT");
const hostname = setting(environment, "HOST");

// The worker's request lines go to standard output in batches (hosts/logging/BatchedLog.ts).
// A standard output that was closed (a pipe whose reader went away) must not stop the
// server: its lines are dropped, whether the write fails at once or later.
process.stdout.on("error", () => {});
function writeOut(text: string, done: () => void = () => {}): void {
  try {
    process.stdout.write(text, () => done());
  } catch {
    done();
  }
}
const log = new BatchedLog((text) => writeOut(text));
log.captureConsoleLog();

const projectDir = resolve(import.meta.dirname ?? ".", "..");
const database = await openDatabase(environment, projectDir).catch((error: Error) => {
  console.error(JSON.stringify({ message: "spacegate host cannot open its database", cause: error.message }));
  process.exit(1);
});
const assets = readWranglerConfig().assets?.directory;
const settings = readSettings(environment);
const env = {
  ...settings,
  ...rateLimitersFrom(settings),
  DB: database.db,
  ...(assets ? { ASSETS: new StaticAssets(resolve(projectDir, assets)) } : {}),
};
const runner = new WorkerRunner(env);
const clientAddressOf = proxiedClientAddress(setting(environment, "CLIENT_ADDRESS_HEADER") ?? "");
const server = serveHttp((request, peer) => runner.fetch(request, clientAddressOf(request, peer)), { port, hostname });

const url = `http://${hostname.includes(":") ? `[${hostname}]` : hostname}:${server.port}`;
console.error(JSON.stringify({
  message: "spacegate host ready",
  runtime: server.runtime,
  url,
  apiReference: `${url}/docs/`,
  database: database.description,
  migrationsApplied: database.migrationsApplied,
}));

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.error(JSON.stringify({ message: "spacegate host stopping", signal }));
  await server.stop(() => runner.idle());
  await runner.stop();
  await database.close();
  log.flush();
  // The last lines are out before the process ends: a write's callback runs once the writes before it are done.
  await new Promise<void>((resolve) => writeOut("", resolve));
  process.exit(0);
}
for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => void stop(signal));
