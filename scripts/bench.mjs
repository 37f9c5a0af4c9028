// npm run bench [-- --seconds 5 --warmup 3 --connections 16 --rounds 3 --profile --only a,b]
// Serves spacegate and the reference workers of bench/workers in workerd through Miniflare's
// own HTTP listener on 127.0.0.1, drives each with autocannon in a process of its own (same
// connections and seconds for every scenario), prints req/s, p50 and p99 and the ratios to the
// floors, and writes bench/results.json. Not part of `npm test`; it stops by itself.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { readWranglerConfig } from "../hosts/config/readWranglerConfig.ts";
import { buildReferenceWorkers, buildSpacegate, ROOT } from "./bench/build.mjs";
import * as fixtures from "./bench/fixtures.mjs";
import { profileDuring } from "./bench/profile.mjs";
import { computeRatios, describeMachine, medianRounds, printProfiles, printReport } from "./bench/report.mjs";
import { prepareScenarios, SCENARIOS } from "./bench/scenarios.mjs";
import { freePort, startWorker } from "./bench/workerd.mjs";
import { benchHosts, HOST_SCENARIO_COUNT, printHostReport } from "./bench/hosts.mjs";
import { benchPostgres, POSTGRES_SCENARIO_COUNT, POSTGRES_SELECTOR, printPostgresReport } from "./bench/postgres.mjs";
import { HOST_RUNTIMES } from "./lib/hosts.mjs";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "5" },
    warmup: { type: "string", default: "3" },
    connections: { type: "string", default: "16" },
    rounds: { type: "string", default: "3" },
    profile: { type: "boolean", default: false },
    // Only these workerd scenarios (names as in scripts/bench/scenarios.mjs), host runtimes
    // ("bun", "deno") and "postgres" (Bun over PostgreSQL); for quick comparisons while working.
    // Writes results.json only with --out.
    only: { type: "string" },
    out: { type: "string" },
  },
});
const settings = {
  seconds: Number(values.seconds),
  warmupSeconds: Number(values.warmup),
  connections: Number(values.connections),
  rounds: Number(values.rounds),
  profile: values.profile,
};
const only = values.only?.split(",");
const scenarios = only === undefined ? SCENARIOS : SCENARIOS.filter(({ name }) => only.includes(name));
const hostRuntimes = only === undefined ? HOST_RUNTIMES : HOST_RUNTIMES.filter((runtime) => only.includes(runtime));
const withPostgres = only === undefined || only.includes(POSTGRES_SELECTOR);
if (scenarios.length + hostRuntimes.length === 0 && !withPostgres) {
  throw new Error(`--only names none of: ${[...SCENARIOS.map(({ name }) => name), ...HOST_RUNTIMES, POSTGRES_SELECTOR].join(", ")}`);
}
const withHosts = hostRuntimes.length > 0;
const out = values.out ?? (only === undefined ? join(ROOT, "bench", "results.json") : undefined);
// Pairs profiled with --profile: each floor and what is compared with it.
const PROFILED = [["createFloor", "userCreate"], ["readFloor", "getSpace"]];

// A hard stop whatever happens: setup, warm-up, rounds, profiles, and two minutes of slack.
const profiledSeconds = settings.profile ? PROFILED.flat().length * settings.seconds : 0;
const measuredScenarios = scenarios.length + (withHosts ? HOST_SCENARIO_COUNT : 0) + (withPostgres ? POSTGRES_SCENARIO_COUNT : 0);
const deadlineSeconds = 120 + profiledSeconds + measuredScenarios * (settings.warmupSeconds + settings.rounds * (settings.seconds + 3));
const workdir = mkdtempSync(join(tmpdir(), "spacegate-bench-"));
const servers = {};
let jwksOrigin;
setTimeout(() => {
  console.error(`bench: still running after ${deadlineSeconds} s; giving up.`);
  const disposed = Promise.allSettled(Object.values(servers).map((server) => server.mf.dispose()));
  Promise.race([disposed, new Promise((resolve) => setTimeout(resolve, 5000))]).finally(() => process.exit(2));
}, deadlineSeconds * 1000).unref();
try {
  // wrangler.toml, the configuration spacegate is deployed with.
  const { compatibility_date: compatibilityDate, vars, ratelimits } = readWranglerConfig();
  const keys = await fixtures.createBenchKeys();
  jwksOrigin = await fixtures.startJwksOrigin(keys);
  // workerd only when a workerd scenario is measured (`--only bun,deno,postgres` needs none).
  const scripts = {};
  let run = async () => {};
  if (scenarios.length > 0) {
    console.log("building spacegate (wrangler deploy --dry-run) and the reference workers ...");
    Object.assign(scripts, {
      spacegate: buildSpacegate(join(workdir, "spacegate")),
      ...(await buildReferenceWorkers(join(workdir, "reference"))),
    });
    // Each worker, and its bindings. Every "…Limited" server is the same worker with the
    // rate-limiting bindings on (limits it never reaches): spacegate and the floors and the
    // peer alike, so that with the limiter on each is compared with references that make the
    // same one limit() call, and the limiter's own cost shows as the on/off ratios.
    const configured = {
      spacegate: fixtures.spacegateBindings(vars, keys, jwksOrigin.url),
      empty: {},
      createFloor: fixtures.floorBindings(keys),
      honoPeer: fixtures.peerBindings(jwksOrigin.url),
      readFloor: fixtures.floorBindings(keys),
      providerCreateFloor: fixtures.providerFloorBindings(keys),
    };
    const limitedNames = ["spacegate", "createFloor", "honoPeer", "readFloor"];
    const bindings = {
      ...configured,
      ...Object.fromEntries(limitedNames.map((name) => [`${name}Limited`, configured[name]])),
    };

    console.log("starting workerd (Miniflare's own listener) for spacegate and the reference workers ...");
    for (const name of Object.keys(bindings)) {
      const inspectorPort = settings.profile ? await freePort() : undefined;
      const limited = name.endsWith("Limited");
      servers[name] = await startWorker({
        scriptPath: scripts[limited ? name.slice(0, -"Limited".length) : name],
        ratelimits: limited ? fixtures.unreachedRateLimits(ratelimits) : undefined,
        compatibilityDate,
        bindings: bindings[name],
        stateDir: join(workdir, "state", name),
        migrate: name !== "empty",
        inspectorPort,
      });
      servers[name].inspectorPort = inspectorPort;
    }
    run = await prepareScenarios({ servers, keys, connections: settings.connections, workdir });
  }

  if (scenarios.length > 0) console.log(`warming up: ${settings.warmupSeconds} s per scenario ...`);
  for (const scenario of scenarios) await run(scenario, settings.warmupSeconds);

  const rounds = Object.fromEntries(scenarios.map(({ name }) => [name, []]));
  for (let round = 1; scenarios.length > 0 && round <= settings.rounds; round++) {
    console.log(`round ${round}/${settings.rounds}: ${settings.seconds} s per scenario, ${settings.connections} connections ...`);
    for (const scenario of scenarios) {
      const result = await run(scenario, settings.seconds);
      if (result.non2xx + result.errors > 0) console.warn(`  ${scenario.label}: ${result.non2xx} non-2xx, ${result.errors} errors`);
      rounds[scenario.name].push(result);
    }
  }
  const results = medianRounds(rounds);
  const ratios = computeRatios(rounds);
  if (scenarios.length > 0) printReport(scenarios, results, ratios);
  const hosts = withHosts ? await benchHosts({ settings, keys, vars, jwksUrl: jwksOrigin.url, workdir, runtimes: hostRuntimes }) : undefined;
  if (hosts) hosts.crossHost = printHostReport(hosts, results);
  const postgres = withPostgres ? await benchPostgres({ settings, keys, vars, jwksUrl: jwksOrigin.url, workdir }) : undefined;
  if (postgres) printPostgresReport(postgres);
  console.log(`\nJWKS origin fetches during the whole run: ${jwksOrigin.hits()}`);

  const profiles = {};
  if (settings.profile) {
    for (const name of PROFILED.flat().filter((name) => name in rounds)) {
      const scenario = SCENARIOS.find((candidate) => candidate.name === name);
      const { inspectorPort } = servers[scenario.server];
      // The worker's own isolate. D1 runs in other isolates of the same workerd process,
      // which the table's CPU column covers.
      const isolates = ["core:user:"];
      console.log(`profiling ${scenario.label} for ${settings.seconds} s ...`);
      profiles[name] = await profileDuring(inspectorPort, isolates, () => run(scenario, settings.seconds), scripts[scenario.server]);
    }
    printProfiles(SCENARIOS, profiles);
  }

  const report = {
    generatedAt: new Date().toISOString(),
    command: `npm run bench -- ${process.argv.slice(2).join(" ")}`.trim(),
    machine: describeMachine(),
    settings,
    scenarios: scenarios.map(({ name, label }) => ({ name, label, ...results[name] })),
    ratios,
    hosts: hosts && { scenarios: hosts.scenarios.map(({ name, label }) => ({ name, label, ...hosts.results[name] })), ratios: hosts.ratios, crossHost: hosts.crossHost },
    postgres: postgres && {
      scenarios: postgres.scenarios.map(({ name, label }) => ({ name, label, ...postgres.results[name] })),
      ratios: postgres.ratios,
      loadAverage: postgres.loadAverage,
    },
    jwksOriginFetches: jwksOrigin.hits(),
    ...(settings.profile ? { profiles } : {}),
  };
  if (out !== undefined) {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`wrote ${out}`);
  }
} finally {
  await Promise.allSettled(Object.values(servers).map((server) => server.mf.dispose()));
  await jwksOrigin?.close();
  rmSync(workdir, { recursive: true, force: true });
}
