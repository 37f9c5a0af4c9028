// The Bun and Deno rows of `npm run bench`: spacegate's host (hosts/start.ts) and its floor
// (bench/hosts/floor.ts) on each runtime over a node:sqlite file, one runtime after another,
// with the same load settings as the workerd scenarios. Ratios are taken within a round.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { hostCommand, HOST_RUNTIMES, PROJECT_DIR } from "../lib/hosts.mjs";
import * as fixtures from "./fixtures.mjs";
import { runFixedLoad, summarize } from "./load.mjs";
import { medianRounds, printReport } from "./report.mjs";
import { freePort, processCpuSeconds } from "./workerd.mjs";
import { waitUntilServing } from "../lib/wrangler.mjs";

const FLOOR_ENTRY = join(PROJECT_DIR, "bench", "hosts", "floor.ts");

/** The scenarios of one runtime, each floor right before what is compared with it. */
export function hostScenarios(runtime) {
  return [
    { name: `${runtime}CreateFloor`, label: `${runtime}: create floor`, server: "floor" },
    { name: `${runtime}UserCreate`, label: `${runtime}: POST /spaces (user)`, server: "host" },
    { name: `${runtime}ReadFloor`, label: `${runtime}: read floor`, server: "floor" },
    { name: `${runtime}GetSpace`, label: `${runtime}: GET /spaces/{id}`, server: "host" },
  ];
}

/** Starts one process of `runtime` serving `entry` with `environment`; answers its origin, its CPU time so far, and a stop. */
export async function startProcess(runtime, entry, database, environment) {
  const port = await freePort();
  const { command, args } = hostCommand(runtime, database, entry);
  const child = spawn(command, args, {
    env: { ...process.env, ...environment, SPACEGATE_DB: database, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const origin = `http://127.0.0.1:${port}`;
  await waitUntilServing(`${origin}/spaces/none`, 60_000, child);
  const stop = () => new Promise((resolve) => (child.exitCode !== null ? resolve() : (child.once("exit", resolve), child.kill("SIGTERM"))));
  return { origin, stop, cpuSeconds: () => processCpuSeconds(child.pid) };
}

/**
 * Runs every host scenario: warm-up, then `rounds` rounds, one runtime at a time.
 * Answers `{ scenarios, results, ratios }` for the report.
 */
export async function benchHosts({ settings, keys, vars, jwksUrl, workdir, runtimes = HOST_RUNTIMES }) {
  const scenarios = runtimes.flatMap(hostScenarios);
  const rounds = Object.fromEntries(scenarios.map(({ name }) => [name, []]));
  const readerToken = await fixtures.mintUserToken(keys, "bench-reader");
  const creatorToken = await fixtures.mintUserToken(keys, "bench-creator");
  const createBody = JSON.stringify({ name: "Bench space" });
  const asCreator = { "X-Auth-Token": creatorToken, "Content-Type": "application/json" };
  for (const runtime of runtimes) {
    console.log(`starting the ${runtime} host and its floor ...`);
    // The in-process rate limiters (the host's and the floor's) still count every request, but never refuse one here; and the
    // bench user creates far more than the default MAX_SPACES_PER_USER (0: no quota).
    const unlimited = { CALLER_RATE_LIMIT: "1000000000/60", ANONYMOUS_RATE_LIMIT: "1000000000/60", MAX_SPACES_PER_USER: "0" };
    const host = await startProcess(runtime, undefined, join(workdir, `${runtime}-host`, "spacegate.sqlite"),
      { ...fixtures.spacegateBindings(vars, keys, jwksUrl), ...unlimited });
    let floor;
    try {
      floor = await startProcess(runtime, FLOOR_ENTRY, join(workdir, `${runtime}-floor`, "floor.sqlite"), { ...fixtures.floorBindings(keys), ...unlimited });
      const [spaceId] = await fixtures.createSpaces(host.origin, readerToken, 10);
      const [floorSpaceId] = await fixtures.createSpaces(floor.origin, readerToken, 10);
      const loads = {
        [`${runtime}CreateFloor`]: { url: `${floor.origin}/spaces`, method: "POST", headers: asCreator, body: createBody },
        [`${runtime}UserCreate`]: { url: `${host.origin}/spaces`, method: "POST", headers: asCreator, body: createBody },
        [`${runtime}ReadFloor`]: { url: `${floor.origin}/spaces/${floorSpaceId}`, headers: { "X-Auth-Token": readerToken } },
        [`${runtime}GetSpace`]: { url: `${host.origin}/spaces/${spaceId}`, headers: { "X-Auth-Token": readerToken } },
      };
      const run = async (name, seconds) => summarize(await runFixedLoad({ ...loads[name], connections: settings.connections, seconds }));
      console.log(`warming up ${runtime}: ${settings.warmupSeconds} s per scenario ...`);
      for (const { name } of hostScenarios(runtime)) await run(name, settings.warmupSeconds);
      for (let round = 1; round <= settings.rounds; round++) {
        console.log(`${runtime} round ${round}/${settings.rounds} ...`);
        for (const { name, label } of hostScenarios(runtime)) {
          const result = await run(name, settings.seconds);
          if (result.non2xx + result.errors > 0) console.warn(`  ${label}: ${result.non2xx} non-2xx, ${result.errors} errors`);
          rounds[name].push(result);
        }
      }
    } finally {
      await host.stop();
      await floor?.stop();
    }
  }
  return { scenarios, results: medianRounds(rounds), ratios: hostRatios(rounds, runtimes) };
}

/** How many scenarios benchHosts runs (for the bench's overall time limit). */
export const HOST_SCENARIO_COUNT = HOST_RUNTIMES.flatMap(hostScenarios).length;

const median = (numbers) => [...numbers].sort((a, b) => a - b)[Math.floor((numbers.length - 1) / 2)];
const round3 = (value) => Math.round(value * 1000) / 1000;

/** Each host against its own floor (target 0.9), taken within each round; the median is reported. */
function hostRatios(rounds, runtimes) {
  return runtimes.flatMap((runtime) =>
    [["create", "UserCreate", "CreateFloor"], ["read", "GetSpace", "ReadFloor"]].map(([what, numerator, denominator]) => {
      const perRound = rounds[runtime + numerator].map((r, i) => r.requestsPerSecond / rounds[runtime + denominator][i].requestsPerSecond);
      const value = round3(median(perRound));
      return { name: `${runtime}: ${what} / ${what} floor`, value, rounds: perRound.map(round3), target: 0.9, met: value >= 0.9 };
    }),
  );
}

/**
 * Prints the hosts' table and ratios, and the cross-host ratios against workerd's rows
 * (`workerdResults`: the median results of the workerd scenarios). Answers those ratios.
 */
export function printHostReport({ scenarios, results, ratios }, workerdResults) {
  console.log("\nBun and Deno hosts (node:sqlite, one process):");
  const pairs = [["userCreate", "UserCreate", "createFloor", "CreateFloor"], ["getSpace", "GetSpace", "readFloor", "ReadFloor"]];
  const runtimes = HOST_RUNTIMES.filter((runtime) => `${runtime}GetSpace` in results);
  const measured = ([workerd, , workerdFloor]) => workerd in workerdResults && workerdFloor in workerdResults;
  const crossHost = runtimes.flatMap((runtime) =>
    pairs.filter(measured).flatMap(([workerd, host, workerdFloor, hostFloor]) => [
      { name: `${runtime} / workerd: ${workerd}`, value: round3(results[runtime + host].requestsPerSecond / workerdResults[workerd].requestsPerSecond), rounds: [] },
      { name: `${runtime} / workerd: ${workerdFloor}`, value: round3(results[runtime + hostFloor].requestsPerSecond / workerdResults[workerdFloor].requestsPerSecond), rounds: [] },
    ]),
  );
  printReport(scenarios, results, [...ratios, ...crossHost]);
  return crossHost;
}
