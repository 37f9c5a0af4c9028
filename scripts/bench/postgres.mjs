// The PostgreSQL rows of `npm run bench` (`--only postgres` alone): spacegate's Bun host over
// PostgreSQL (hosts/start.ts with DATABASE_URL, as `npm run start:bun` runs it) against the Bun
// floor over PostgreSQL (bench/hosts/floor.ts with DATABASE_URL: the same token check, then the
// same statements through the same `pg` pool and Db, the create as one pipelined SERIALIZABLE
// transaction), each on a database of its own in a throwaway cluster that this starts and stops
// (test/support/postgresCluster.ts, as the tests do). Every scenario runs with one instance, then with two instances over the same
// database behind one load generator that spreads its connections over both.
import { readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { startPostgresCluster } from "../../test/support/postgresCluster.ts";
import { PROJECT_DIR } from "../lib/hosts.mjs";
import * as fixtures from "./fixtures.mjs";
import { startProcess } from "./hosts.mjs";
import { runFixedLoad, summarize } from "./load.mjs";
import { medianRounds, printRatios, printTable } from "./report.mjs";
import { processCpuSeconds } from "./workerd.mjs";

/** The name `--only` selects these rows by. */
export const POSTGRES_SELECTOR = "postgres";
const RUNTIME = "bun";
const FLOOR_ENTRY = join(PROJECT_DIR, "bench", "hosts", "floor.ts");
const INSTANCE_COUNTS = [1, 2];
// Each spacegate operation, its floor, and the target of their ratio with one instance (issue 18).
const PAIRS = [
  { what: "create", operation: "UserCreate", floor: "CreateFloor", target: 0.9 },
  { what: "read", operation: "GetSpace", floor: "ReadFloor", target: 0.9 },
];

const prefix = (instances) => `postgres${instances}x`;

/** The scenarios, each floor right before what is compared with it; one instance, then two. */
export function postgresScenarios() {
  return INSTANCE_COUNTS.flatMap((instances) => {
    const p = prefix(instances);
    const on = `bun over PostgreSQL, ${instances} instance${instances > 1 ? "s" : ""}`;
    return [
      { name: `${p}CreateFloor`, label: `${on}: create floor` },
      { name: `${p}UserCreate`, label: `${on}: POST /spaces (user)` },
      { name: `${p}ReadFloor`, label: `${on}: read floor` },
      { name: `${p}GetSpace`, label: `${on}: GET /spaces/{id}` },
    ];
  });
}

/** How many scenarios benchPostgres runs (for the bench's overall time limit). */
export const POSTGRES_SCENARIO_COUNT = postgresScenarios().length;

/** An empty database of its own on the cluster; answers its URL. */
async function createDatabase(clusterUrl, name) {
  const client = new pg.Client(clusterUrl);
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(clusterUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Starts the cluster, two spacegate instances over one database and two floors over another
 * (each applies the migrations at start, under the lock), runs the warm-up and `rounds` rounds,
 * and stops everything. Answers `{ scenarios, results, ratios, loadAverage }` for the report.
 */
export async function benchPostgres({ settings, keys, vars, jwksUrl, workdir }) {
  const scenarios = postgresScenarios();
  const rounds = Object.fromEntries(scenarios.map(({ name }) => [name, []]));
  const readerToken = await fixtures.mintUserToken(keys, "bench-reader");
  const creatorToken = await fixtures.mintUserToken(keys, "bench-creator");
  const createBody = JSON.stringify({ name: "Bench space" });
  const asCreator = { "X-Auth-Token": creatorToken, "Content-Type": "application/json" };
  const loadAverage = { before: loadavg()[0] };
  console.log("starting a throwaway PostgreSQL cluster, two Bun hosts and two Bun floors over it ...");
  const cluster = await startPostgresCluster();
  const processes = [];
  try {
    const hostDatabase = await createDatabase(cluster.url, "spacegate_bench");
    const floorDatabase = await createDatabase(cluster.url, "floor_bench");
    // As for the SQLite hosts: the limiters count every request but never refuse one, no quota.
    const unlimited = { CALLER_RATE_LIMIT: "1000000000/60", ANONYMOUS_RATE_LIMIT: "1000000000/60", MAX_SPACES_PER_USER: "0" };
    const start = async (entry, environment, index) => {
      const started = await startProcess(RUNTIME, entry, join(workdir, `postgres-unused-${index}.sqlite`), { ...environment, ...unlimited });
      processes.push(started);
      return started;
    };
    const hostEnvironment = { ...fixtures.spacegateBindings(vars, keys, jwksUrl), DATABASE_URL: hostDatabase };
    const floorEnvironment = { ...fixtures.floorBindings(keys), DATABASE_URL: floorDatabase };
    const hosts = [];
    const floors = [];
    for (const index of INSTANCE_COUNTS.keys()) {
      hosts.push(await start(undefined, hostEnvironment, `host-${index}`));
      floors.push(await start(FLOOR_ENTRY, floorEnvironment, `floor-${index}`));
    }
    const [spaceId] = await fixtures.createSpaces(hosts[0].origin, readerToken, 10);
    const [floorSpaceId] = await fixtures.createSpaces(floors[0].origin, readerToken, 10);
    const serving = {};
    const loads = Object.fromEntries(INSTANCE_COUNTS.flatMap((instances) => {
      const p = prefix(instances);
      serving[`${p}CreateFloor`] = serving[`${p}ReadFloor`] = floors.slice(0, instances);
      serving[`${p}UserCreate`] = serving[`${p}GetSpace`] = hosts.slice(0, instances);
      const at = (started, path) => started.slice(0, instances).map(({ origin }) => `${origin}${path}`);
      return [
        [`${p}CreateFloor`, { url: at(floors, "/spaces"), method: "POST", headers: asCreator, body: createBody }],
        [`${p}UserCreate`, { url: at(hosts, "/spaces"), method: "POST", headers: asCreator, body: createBody }],
        [`${p}ReadFloor`, { url: at(floors, `/spaces/${floorSpaceId}`), headers: { "X-Auth-Token": readerToken } }],
        [`${p}GetSpace`, { url: at(hosts, `/spaces/${spaceId}`), headers: { "X-Auth-Token": readerToken } }],
      ];
    }));
    // Which statuses the non-2xx answers were (a 503 is a serialization conflict that outlasted the retries).
    // CPU per request: of the Bun processes serving the scenario, and of the PostgreSQL server (every process of the cluster).
    const cpuOf = (started) => started.reduce((sum, { cpuSeconds }) => sum + (cpuSeconds() ?? NaN), 0);
    const run = async (name, seconds) => {
      const before = { bun: cpuOf(serving[name]), postgres: clusterCpuSeconds(cluster.port) };
      const raw = await runFixedLoad({ ...loads[name], connections: settings.connections, seconds });
      const perRequest = (now, then) => (raw.requests.total > 0 && Number.isFinite(now - then) ? Math.round(((now - then) * 1e6) / raw.requests.total) / 1000 : undefined);
      const otherStatuses = Object.fromEntries(Object.entries(raw.statusCodeStats ?? {}).filter(([code]) => !code.startsWith("2")).map(([code, { count }]) => [code, count]));
      return {
        ...summarize(raw),
        otherStatuses,
        cpuMsPerRequest: perRequest(cpuOf(serving[name]), before.bun),
        postgresCpuMsPerRequest: perRequest(clusterCpuSeconds(cluster.port), before.postgres),
      };
    };
    console.log(`warming up PostgreSQL: ${settings.warmupSeconds} s per scenario ...`);
    for (const { name } of scenarios) await run(name, settings.warmupSeconds);
    for (let round = 1; round <= settings.rounds; round++) {
      console.log(`PostgreSQL round ${round}/${settings.rounds} ...`);
      for (const { name, label } of scenarios) {
        const result = await run(name, settings.seconds);
        if (result.non2xx + result.errors > 0) console.warn(`  ${label}: ${result.non2xx} non-2xx ${JSON.stringify(result.otherStatuses)}, ${result.errors} errors`);
        rounds[name].push(result);
      }
    }
  } finally {
    await Promise.allSettled(processes.map((started) => started.stop()));
    cluster.stop();
  }
  loadAverage.after = loadavg()[0];
  const results = medianRounds(rounds);
  for (const [name, measured] of Object.entries(rounds)) {
    const postgresRounds = measured.map((r) => r.postgresCpuMsPerRequest);
    if (postgresRounds.every((ms) => ms !== undefined)) Object.assign(results[name], { postgresCpuMsPerRequest: median(postgresRounds), postgresCpuRounds: postgresRounds });
  }
  return { scenarios, results, ratios: postgresRatios(rounds), loadAverage };
}

/**
 * CPU seconds used so far by the cluster listening on `port` (Linux /proc; NaN elsewhere): its
 * postmaster (found by its `-p PORT` argument), the processes it started and still runs, and
 * those that ended (the kernel adds a child's time to its parent's when it is reaped), so the
 * sum only grows, whatever backends and autovacuum workers come and go.
 */
function clusterCpuSeconds(port) {
  try {
    const processes = readdirSync("/proc").filter((entry) => /^\d+$/.test(entry)).map((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, "utf8").replace(/^.*\) /s, "").split(" ");
        return { pid: Number(pid), parent: Number(stat[1]), args: readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0") };
      } catch {
        return undefined;
      }
    }).filter(Boolean);
    const postmaster = processes.find(({ args }) => args[0]?.endsWith("/postgres") && args.includes(String(port)) && args[args.indexOf(String(port)) - 1] === "-p");
    if (!postmaster) return NaN;
    const children = processes.filter(({ parent }) => parent === postmaster.pid);
    return [postmaster, ...children].reduce((sum, { pid }) => sum + (processCpuSeconds(pid) ?? NaN), reapedChildrenCpuSeconds(postmaster.pid));
  } catch {
    return NaN;
  }
}

/** The CPU seconds of the ended children a process has reaped (cutime and cstime, proc(5)). */
function reapedChildrenCpuSeconds(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").replace(/^.*\) /s, "").split(" ");
  const CLOCK_TICKS_PER_SECOND = 100;
  return (Number(fields[13]) + Number(fields[14])) / CLOCK_TICKS_PER_SECOND;
}

const median = (numbers) => [...numbers].sort((a, b) => a - b)[Math.floor((numbers.length - 1) / 2)];
const round3 = (value) => Math.round(value * 1000) / 1000;

/**
 * Each operation against its floor with as many instances (with one instance: target 0.9),
 * and two instances against one, for spacegate and for the floor; taken within each round,
 * the median reported.
 */
function postgresRatios(rounds) {
  const ratio = (name, numerator, denominator, target, metric = "requestsPerSecond") => {
    const perRound = rounds[numerator].map((r, i) => r[metric] / rounds[denominator][i][metric]);
    const value = round3(median(perRound));
    return { name, value, rounds: perRound.map(round3), ...(target === undefined ? {} : { target, met: value >= target }) };
  };
  const [one, two] = INSTANCE_COUNTS.map(prefix);
  return [
    ...INSTANCE_COUNTS.flatMap((instances) =>
      PAIRS.map(({ what, operation, floor, target }) => {
        const p = prefix(instances);
        return ratio(`pg ${instances}x: ${what} / ${what} floor`, p + operation, p + floor, instances === 1 ? target : undefined);
      }),
    ),
    ...PAIRS.flatMap(({ what, operation, floor }) => [
      ratio(`pg ${what}: 2 instances / 1`, two + operation, one + operation),
      ratio(`pg ${what} floor: 2 instances / 1`, two + floor, one + floor),
    ]),
    // Where a gap is: the Bun process's CPU per request, and PostgreSQL's, against the floor's (no target).
    ...PAIRS.flatMap(({ what, operation, floor }) => [
      ratio(`pg 1x: Bun CPU ${what} / floor`, one + operation, one + floor, undefined, "cpuMsPerRequest"),
      ratio(`pg 1x: PostgreSQL CPU ${what} / floor`, one + operation, one + floor, undefined, "postgresCpuMsPerRequest"),
    ]),
  ];
}

/** Prints the PostgreSQL table and ratios, with the load average around the run. */
export function printPostgresReport({ scenarios, results, ratios, loadAverage }) {
  console.log("\nBun over PostgreSQL (a throwaway cluster on this machine; 1 and 2 instances over one database):");
  const ms = (value) => (value === undefined || !Number.isFinite(value) ? "-" : value.toFixed(3));
  const rows = scenarios.map(({ name, label }) => {
    const r = results[name];
    return [label, String(r.requestsPerSecond), r.p50Ms.toFixed(1), r.p99Ms.toFixed(1), ms(r.cpuMsPerRequest), ms(r.postgresCpuMsPerRequest), String(r.non2xx + r.errors)];
  });
  printTable(["scenario", "req/s", "p50 ms", "p99 ms", "Bun CPU ms/req", "PostgreSQL CPU ms/req", "failed"], rows);
  printRatios(ratios);
  console.log(`load average (1 min) before and after the PostgreSQL rows: ${loadAverage.before.toFixed(2)}, ${loadAverage.after.toFixed(2)}`);
}
