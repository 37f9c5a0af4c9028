// Drives load with autocannon, always from a process of its own, so the load generator never
// shares an event loop with anything else: the CLI for fixed requests, and bodiesLoad.mjs
// (autocannon's programmatic API) when every request needs a body of its own.
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./build.mjs";

const AUTOCANNON_CLI = join(ROOT, "node_modules", "autocannon", "autocannon.js");
const BODIES_RUNNER = join(ROOT, "scripts", "bench", "bodiesLoad.mjs");

/**
 * One load run of `seconds` over `connections` against `url` with a fixed request
 * (`method`, `headers`, `body`). Answers autocannon's JSON result. `url` may be a list:
 * autocannon then spreads the connections over them in turn, and the latencies of all
 * go into one histogram (several instances behind one load generator).
 */
export function runFixedLoad({ url, method = "GET", headers = {}, body, connections, seconds }) {
  const args = [AUTOCANNON_CLI, "--json", "--no-progress", "-c", String(connections), "-d", String(seconds), "-m", method];
  for (const [name, value] of Object.entries(headers)) args.push("-H", `${name}=${value}`);
  if (body !== undefined) args.push("-b", body);
  args.push(...[url].flat());
  return runJsonChild(args);
}

/** Like runFixedLoad, but request i carries `bodies[i]`; `workdir` holds the bodies file. */
export function runBodiesLoad({ url, method = "POST", headers = {}, bodies, connections, seconds, workdir }) {
  const configPath = join(workdir, `bodies-${Date.now()}.json`);
  writeFileSync(configPath, JSON.stringify({ url, method, headers, bodies, connections, seconds }));
  return runJsonChild([BODIES_RUNNER, configPath]);
}

function runJsonChild(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
    let stdout = "";
    child.stdout.setEncoding("utf8").on("data", (chunk) => (stdout += chunk));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`load generator exited with ${code}`));
      try {
        resolve(JSON.parse(stdout.slice(stdout.indexOf("{"))));
      } catch (error) {
        reject(new Error(`unreadable load generator output: ${stdout.slice(0, 200)}`, { cause: error }));
      }
    });
  });
}

/** The numbers the report needs from an autocannon result. */
export function summarize(result) {
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}
