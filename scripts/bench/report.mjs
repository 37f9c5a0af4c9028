// Turns the measured runs into the printed table, the ratios against the floors, and bench/results.json.
import { cpus, loadavg, release, totalmem, type as osType } from "node:os";
import { createRequire } from "node:module";
import { ROOT } from "./build.mjs";

const require = createRequire(import.meta.url);

/**
 * The targets of the issues: spacegate within 10% of the floor doing the same irreducible work,
 * and a user create at least as fast as the typical-template (Hono) peer; with the rate limiter
 * off and on. With it on, the floors and the peer make the same one limit() call, which is
 * irreducible work of a rate-limited API (docs/performance.md).
 */
export const RATIO_TARGETS = [
  { name: "create / Hono peer", numerator: "userCreate", denominator: "honoCreate", target: 1.0 },
  { name: "create / create floor", numerator: "userCreate", denominator: "createFloor", target: 0.9 },
  { name: "read / read floor", numerator: "getSpace", denominator: "readFloor", target: 0.9 },
  { name: "read through a 10-level group chain / direct read", numerator: "getSpaceChain", denominator: "getSpace", target: 0.8 },
  { name: "provider create / provider create floor", numerator: "providerCreate", denominator: "providerCreateFloor", target: 0.9 },
  { name: "limiter on: create / Hono peer", numerator: "userCreateLimited", denominator: "honoCreateLimited", target: 1.0 },
  { name: "limiter on: create / create floor", numerator: "userCreateLimited", denominator: "createFloorLimited", target: 0.9 },
  { name: "limiter on: read / read floor", numerator: "getSpaceLimited", denominator: "readFloorLimited", target: 0.9 },
];
/**
 * The same create and read targets on workerd CPU per request, which varies far less between
 * rounds on a shared machine than req/s: spacegate may spend at most 5% more CPU per request
 * than the floor doing the same irreducible work (the workerd process's CPU time, D1 included).
 */
export const CPU_RATIO_TARGETS = [
  { name: "CPU: create / create floor", numerator: "userCreate", denominator: "createFloor", most: 1.05 },
  { name: "CPU: read / read floor", numerator: "getSpace", denominator: "readFloor", most: 1.05 },
];
const INFORMATIONAL_CPU_RATIOS = [
  { name: "CPU: limiter on: create / create floor", numerator: "userCreateLimited", denominator: "createFloorLimited" },
  { name: "CPU: limiter on: read / read floor", numerator: "getSpaceLimited", denominator: "readFloorLimited" },
  { name: "CPU: provider create / create floor", numerator: "providerCreate", denominator: "createFloor" },
  { name: "CPU: Hono peer / create floor", numerator: "honoCreate", denominator: "createFloor" },
];
// Ratios worth seeing that have no target.
const INFORMATIONAL_RATIOS = [
  { name: "create floor / empty", numerator: "createFloor", denominator: "empty" },
  { name: "read floor / empty", numerator: "readFloor", denominator: "empty" },
  { name: "Hono peer / create floor", numerator: "honoCreate", denominator: "createFloor" },
  { name: "provider create / create floor", numerator: "providerCreate", denominator: "createFloor" },
  { name: "list / read floor", numerator: "listSpaces", denominator: "readFloor" },
  { name: "create, limiter on / off", numerator: "userCreateLimited", denominator: "userCreate" },
  { name: "read, limiter on / off", numerator: "getSpaceLimited", denominator: "getSpace" },
  { name: "create floor, limiter on / off", numerator: "createFloorLimited", denominator: "createFloor" },
  { name: "read floor, limiter on / off", numerator: "readFloorLimited", denominator: "readFloor" },
  { name: "create, limiter on / create floor off", numerator: "userCreateLimited", denominator: "createFloor" },
  { name: "read, limiter on / read floor off", numerator: "getSpaceLimited", denominator: "readFloor" },
];

// The median of some numbers (the lower middle one for an even count).
function median(numbers) {
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/**
 * Per scenario, the round with the median req/s, plus every round's req/s; and the median of
 * the rounds' workerd CPU ms per request, with every round's (when measured).
 */
export function medianRounds(roundsByScenario) {
  return Object.fromEntries(
    Object.entries(roundsByScenario).map(([name, rounds]) => {
      const middle = median(rounds.map((r) => r.requestsPerSecond));
      const chosen = rounds.find((r) => r.requestsPerSecond === middle);
      const cpuRounds = rounds.map((r) => r.cpuMsPerRequest);
      const cpu = cpuRounds.every((ms) => ms !== undefined) ? { cpuMsPerRequest: median(cpuRounds), cpuRounds } : {};
      return [name, { ...chosen, rounds: rounds.map((r) => r.requestsPerSecond), ...cpu }];
    }),
  );
}

/**
 * The ratios of req/s (at least `target`) and of workerd CPU per request (at most `most`), with
 * targets where the issues set them. Each ratio is taken within a round, between runs minutes
 * apart at most, and the median over rounds is reported, so that a slow drift of a shared
 * machine does not decide it. CPU ratios are left out where CPU was not measured (not Linux).
 */
export function computeRatios(roundsByScenario) {
  const roundCount = Math.min(...Object.values(roundsByScenario).map((rounds) => rounds.length));
  const ratio = ({ numerator, denominator }, metric) => {
    const perRound = Array.from({ length: roundCount }, (_, i) =>
      roundsByScenario[numerator][i][metric] / roundsByScenario[denominator][i][metric],
    );
    return { value: Math.round(median(perRound) * 1000) / 1000, rounds: perRound.map((r) => Math.round(r * 1000) / 1000) };
  };
  const bothMeasured = ({ numerator, denominator }) => numerator in roundsByScenario && denominator in roundsByScenario;
  const cpuMeasured = (r) =>
    bothMeasured(r) && [r.numerator, r.denominator].every((name) => roundsByScenario[name].every((round) => round.cpuMsPerRequest > 0));
  return [
    ...RATIO_TARGETS.filter(bothMeasured).map((r) => {
      const measured = ratio(r, "requestsPerSecond");
      return { ...r, ...measured, met: measured.value >= r.target };
    }),
    ...CPU_RATIO_TARGETS.filter(cpuMeasured).map((r) => {
      const measured = ratio(r, "cpuMsPerRequest");
      return { ...r, ...measured, met: measured.value <= r.most };
    }),
    ...INFORMATIONAL_RATIOS.filter(bothMeasured).map((r) => ({ ...r, ...ratio(r, "requestsPerSecond") })),
    ...INFORMATIONAL_CPU_RATIOS.filter(cpuMeasured).map((r) => ({ ...r, ...ratio(r, "cpuMsPerRequest") })),
  ];
}

/** Prints the table and the ratios. */
export function printReport(scenarios, results, ratios) {
  const rows = scenarios.map(({ name, label }) => {
    const r = results[name];
    const cpu = r.cpuMsPerRequest === undefined ? "-" : r.cpuMsPerRequest.toFixed(3);
    return [label, String(r.requestsPerSecond), r.p50Ms.toFixed(1), r.p99Ms.toFixed(1), cpu, String(r.non2xx + r.errors)];
  });
  printTable(["scenario", "req/s", "p50 ms", "p99 ms", "workerd CPU ms/req", "failed"], rows);
  printRatios(ratios);
}

/** Prints a table of text cells: the first column left-aligned, the others right-aligned. */
export function printTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log(`\n${line(header)}\n${widths.map((w) => "-".repeat(w)).join("  ")}`);
  for (const row of rows) console.log(line(row));
}

/** Prints each ratio with its rounds, and its verdict where it has a target. */
export function printRatios(ratios) {
  console.log("");
  for (const r of ratios) {
    const verdict =
      r.target !== undefined ? `  target >= ${r.target}: ${r.met ? "met" : "NOT MET"}`
      : r.most !== undefined ? `  target <= ${r.most}: ${r.met ? "met" : "NOT MET"}`
      : "";
    const rounds = r.rounds.length > 1 ? `  (rounds: ${r.rounds.join(", ")})` : "";
    console.log(`${r.name.padEnd(38)} ${r.value.toFixed(3)}${verdict}${rounds}`);
  }
}

/** What the numbers were measured on, for results.json and docs/performance.md. */
export function describeMachine() {
  const version = (pkg) => {
    try {
      return require(require.resolve(`${pkg}/package.json`, { paths: [ROOT] })).version;
    } catch {
      return "unknown";
    }
  };
  return {
    cpu: cpus()[0]?.model ?? "unknown",
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${osType()} ${release()}`,
    loadAverage1m: Math.round(loadavg()[0] * 100) / 100,
    node: process.version,
    workerd: version("workerd"),
    miniflare: version("miniflare4"),
    autocannon: version("autocannon"),
  };
}

/** Prints, per profiled scenario, the worker isolate's sampled time per request and its largest parts. */
export function printProfiles(scenarios, profiles) {
  for (const [name, profile] of Object.entries(profiles)) {
    const label = scenarios.find((scenario) => scenario.name === name)?.label ?? name;
    const user = profile.isolates["core:user:"];
    console.log(`\nprofile: ${label}, ${profile.requests} requests; the worker isolate's sampled time, ms per request`);
    console.log(`  not idle: ${user.busyMsPerRequest.toFixed(3)}`);
    console.log("  worker self time by module:");
    for (const { name: module, msPerRequest } of user.selfByModule.slice(0, 10)) {
      console.log(`    ${msPerRequest.toFixed(3)}  ${module}`);
    }
    console.log("  worker inclusive time by function:");
    for (const { name: fn, msPerRequest } of user.topInclusive.slice(0, 16)) {
      console.log(`    ${msPerRequest.toFixed(3)}  ${fn}`);
    }
  }
}
