// node scripts/hostRuntime.mjs bun|deno ARGS...: runs the project's pinned Bun or Deno
// (installed on first use from hosts/runtimes/package-lock.json), e.g. for the adapter tests.
import { spawn } from "node:child_process";
import { runtimeBinary } from "./lib/hosts.mjs";

const [runtime, ...args] = process.argv.slice(2);
const child = spawn(runtimeBinary(runtime), args, { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
