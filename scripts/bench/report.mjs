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

/** Per scenario, the round with the median req/s, plus every round's req/s. */
export function medianRounds(roundsByScenario) {
  return Object.fromEntries(
    Object.entries(roundsByScenario).map(([name, rounds]) => {
      const middle = median(rounds.map((r) => r.requestsPerSecond));
      const chosen = rounds.find((r) => r.requestsPerSecond === middle);
      return [name, { ...chosen, rounds: rounds.map((r) => r.requestsPerSecond) }];
    }),
  );
}

/**
 * The ratios of req/s, with targets where the issue sets them. Each ratio is taken within
 * a round, between runs minutes apart at most, and the median over rounds is reported, so
 * that a slow drift of a shared machine does not decide it.
 */
export function computeRatios(roundsByScenario) {
  const roundCount = Math.min(...Object.values(roundsByScenario).map((rounds) => rounds.length));
  const ratio = ({ numerator, denominator }) => {
    const perRound = Array.from({ length: roundCount }, (_, i) =>
      roundsByScenario[numerator][i].requestsPerSecond / roundsByScenario[denominator][i].requestsPerSecond,
    );
    return { value: Math.round(median(perRound) * 1000) / 1000, rounds: perRound.map((r) => Math.round(r * 1000) / 1000) };
  };
  const bothMeasured = ({ numerator, denominator }) => numerator in roundsByScenario && denominator in roundsByScenario;
  return [
    ...RATIO_TARGETS.filter(bothMeasured).map((r) => {
      const measured = ratio(r);
      return { ...r, ...measured, met: measured.value >= r.target };
    }),
    ...INFORMATIONAL_RATIOS.filter(bothMeasured).map((r) => ({ ...r, ...ratio(r) })),
  ];
}

/** Prints the table and the ratios. */
export function printReport(scenarios, results, ratios) {
  const rows = scenarios.map(({ name, label }) => {
    const r = results[name];
    const cpu = r.cpuMsPerRequest === undefined ? "-" : r.cpuMsPerRequest.toFixed(3);
    return [label, String(r.requestsPerSecond), r.p50Ms.toFixed(1), r.p99Ms.toFixed(1), cpu, String(r.non2xx + r.errors)];
  });
  const header = ["scenario", "req/s", "p50 ms", "p99 ms", "workerd CPU ms/req", "failed"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log(`\n${line(header)}\n${widths.map((w) => "-".repeat(w)).join("  ")}`);
  for (const row of rows) console.log(line(row));
  console.log("");
  for (const r of ratios) {
    const verdict = r.target === undefined ? "" : `  target >= ${r.target}: ${r.met ? "met" : "NOT MET"}`;
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
