// Starts a worker in workerd behind Miniflare's own HTTP listener (no wrangler dev proxy),
// with a persisted local D1 that has the real migrations applied.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { readD1Migrations } from "@cloudflare/vitest-plugin";
import { Miniflare } from "miniflare4";
import { ROOT } from "./build.mjs";

const require = createRequire(import.meta.url);

// miniflare@4 ships a workerd that predates the compatibility_date wrangler.toml pins, so workerd
// is the one wrangler and the tests run (the top-level `workerd` package) unless
// MINIFLARE_WORKERD_PATH says otherwise.
function useProjectWorkerd() {
  if (process.env.MINIFLARE_WORKERD_PATH) return;
  const pkg = require.resolve("workerd/package.json", { paths: [ROOT] });
  process.env.MINIFLARE_WORKERD_PATH = join(dirname(pkg), "bin", "workerd");
}

/**
 * Serves one bundled module worker on 127.0.0.1 (a free port), with D1 persisted under
 * `stateDir` and the migrations applied when `migrate`; with workerd's V8 inspector on
 * `inspectorPort` when given. Answers `{ url, mf, db, cpuSeconds }`.
 */
export async function startWorker({ scriptPath, compatibilityDate, bindings, ratelimits, stateDir, migrate = true, inspectorPort }) {
  useProjectWorkerd();
  const before = new Set(workerdChildren());
  const mf = new Miniflare({
    modules: true,
    scriptPath,
    modulesRoot: dirname(scriptPath),
    compatibilityDate,
    bindings,
    ...(ratelimits === undefined ? {} : { ratelimits }),
    d1Databases: { DB: "spacegate-bench" },
    d1Persist: join(stateDir, "d1"),
    cachePersist: join(stateDir, "cache"),
    host: "127.0.0.1",
    port: 0,
    ...(inspectorPort === undefined ? {} : { inspectorPort }),
    // One JSON log line per request still costs workerd its console.log; the lines are dropped here.
    handleRuntimeStdio: (stdout, stderr) => {
      stdout.resume();
      stderr.on("data", (chunk) => process.stderr.write(chunk));
    },
  });
  const url = await mf.ready;
  const pid = workerdChildren().find((candidate) => !before.has(candidate));
  const db = await mf.getD1Database("DB");
  if (migrate) await applyMigrations(db);
  return { url, mf, db, cpuSeconds: () => (pid === undefined ? undefined : processCpuSeconds(pid)) };
}

// Ids of this process's workerd children (Linux /proc; empty elsewhere).
function workerdChildren() {
  try {
    return readdirSync("/proc")
      .filter((entry) => /^\d+$/.test(entry))
      .filter((pid) => {
        try {
          const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
          const [, comm, rest] = /^\d+ \((.*)\) (.*)$/s.exec(stat) ?? [];
          return comm === "workerd" && Number(rest?.split(" ")[1]) === process.pid;
        } catch {
          return false;
        }
      });
  } catch {
    return [];
  }
}

/** User plus system CPU time a process has used so far, in seconds (Linux /proc; undefined elsewhere). */
export function processCpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").replace(/^.*\) /s, "").split(" ");
    // After the command name: state is field 3, utime field 14 and stime field 15 (proc(5)), in clock ticks.
    const CLOCK_TICKS_PER_SECOND = 100;
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/** A port that was free a moment ago on 127.0.0.1. */
export async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

// Applies migrations/ in order, each as one batch, parsed the way the tests parse them.
async function applyMigrations(db) {
  for (const migration of await readD1Migrations(join(ROOT, "migrations"))) {
    await db.batch(migration.queries.map((sql) => db.prepare(sql)));
  }
}
