// node scripts/node22.mjs CMD [ARGS...]: runs CMD with a Node.js of at least 22.12 first on PATH.
// wrangler 4 refuses older Node.js. Where the machine has an older one, this installs Node 22
// from the npm registry (the node-<platform>-<arch> package) into ~/.node22, once, and uses that.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { delimiter, join } from "node:path";

const MINIMUM = [22, 12];
const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error("usage: node scripts/node22.mjs CMD [ARGS...]");
  process.exit(2);
}

function isRecentEnough(version) {
  const [major, minor] = version.replace(/^v/, "").split(".").map(Number);
  return major > MINIMUM[0] || (major === MINIMUM[0] && minor >= MINIMUM[1]);
}

let env = process.env;
if (!isRecentEnough(process.version)) {
  const prefix = process.env.NODE22_PREFIX ?? join(homedir(), ".node22");
  const pkg = `node-${process.platform}-${process.arch}`;
  const binDir = join(prefix, "node_modules", pkg, "bin");
  const probe = spawnSync(join(binDir, "node"), ["--version"], { encoding: "utf8" });
  if (probe.status !== 0 || !isRecentEnough(probe.stdout.trim())) {
    console.error(`Node.js ${process.version} is older than ${MINIMUM.join(".")}; installing ${pkg}@22 into ${prefix} ...`);
    const install = spawnSync("npm", ["install", "--no-save", "--prefix", prefix, `${pkg}@22`], { stdio: "inherit" });
    if (install.status !== 0 || !existsSync(join(binDir, "node"))) {
      console.error(`Could not install Node.js 22. Install Node.js >= ${MINIMUM.join(".")} and try again.`);
      process.exit(1);
    }
  }
  env = { ...process.env, PATH: `${binDir}${delimiter}${process.env.PATH ?? ""}` };
}

const child = spawn(command, args, { stdio: "inherit", env, shell: process.platform === "win32" });
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
