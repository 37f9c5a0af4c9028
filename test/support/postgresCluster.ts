// A throwaway PostgreSQL cluster for the tests: initdb into a temporary folder, a free
// loopback port, fsync on, Unix sockets inside the folder; stopped and removed at the end.
// PostgreSQL refuses to run as root, so as root every command runs as `postgres` through
// `runuser`, and the folder belongs to that user. No system service, no fixed port.
import { execFileSync, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "../e2e/support/hostProcess.ts";

/**
 * Where the server binaries are: `POSTGRES_BIN`, else Debian's PostgreSQL 15
 * (`/usr/lib/postgresql/15/bin`), else the newest Debian version installed (15 or later).
 */
export const POSTGRES_BIN = process.env.POSTGRES_BIN || debianBinaries();

function debianBinaries(): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).map(Number).filter((version) => version >= 15).sort((a, b) => a - b) : [];
  const version = versions.includes(15) ? 15 : (versions.at(-1) ?? 15);
  return join(root, String(version), "bin");
}

export interface PostgresCluster {
  /** `postgres://postgres:PASSWORD@127.0.0.1:PORT/postgres`: the superuser, over TCP with a password. */
  readonly url: string;
  readonly port: number;
  readonly password: string;
  /** Stops the server (fast shutdown) and removes its folder. Safe to call twice. */
  stop(): void;
  /** Shuts the server down (fast: connections are cut), keeping its data, for an outage. */
  shutDown(): void;
  /** Starts the server again on the same port and data after `shutDown`. */
  startAgain(): void;
  /** The server's log so far (errors with their statements: a serialization failure shows there). */
  log(): string;
}

/** util-linux's runuser lives in an sbin folder, which a root shell's PATH may not name (CI runs with a plain one). */
const RUNUSER = ["/usr/sbin/runuser", "/sbin/runuser"].find((path) => existsSync(path)) ?? "runuser";

/** The command line of a server binary, run as `postgres` when this process is root (PostgreSQL will not run as root). */
function asOwner(binary: string, args: readonly string[]): [string, string[]] {
  const path = join(POSTGRES_BIN, binary);
  return process.getuid?.() === 0 ? [RUNUSER, ["-u", "postgres", "--", path, ...args]] : [path, [...args]];
}

function runAsOwner(binary: string, args: readonly string[]): string {
  return execFileSync(...asOwner(binary, args), { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/**
 * Initialises and starts a cluster, ready for connections when this resolves.
 * Password authentication (SCRAM) for every connection; only 127.0.0.1 and
 * a socket inside the cluster's own folder listen.
 */
export async function startPostgresCluster(): Promise<PostgresCluster> {
  if (!existsSync(join(POSTGRES_BIN, "initdb"))) {
    throw new Error(`PostgreSQL 15+ is not installed (no ${POSTGRES_BIN}/initdb): apt-get install -y postgresql (.ci/run does)`);
  }
  const folder = mkdtempSync(join(tmpdir(), "spacegate-pg-"));
  const dataDir = join(folder, "data");
  const password = randomBytes(18).toString("base64url");
  writeFileSync(join(folder, "password"), `${password}\n`, { mode: 0o600 });
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(folder, uid, gid);
    chownSync(join(folder, "password"), uid, gid);
  }
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    process.off("exit", stop);
    if (existsSync(join(dataDir, "postmaster.pid"))) {
      try {
        runAsOwner("pg_ctl", ["stop", "-D", dataDir, "-m", "fast", "-w", "-t", "30"]);
      } catch {
        runAsOwner("pg_ctl", ["stop", "-D", dataDir, "-m", "immediate", "-w"]);
      }
    }
    rmSync(folder, { recursive: true, force: true });
  };
  // Whatever happens to the test run, the server does not outlive it.
  process.on("exit", stop);
  try {
    runAsOwner("initdb", ["-D", dataDir, "-U", "postgres", "--pwfile", join(folder, "password"), "--auth=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "--no-instructions"]);
    const start = (port: number) => {
      const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${folder} -c fsync=on -c max_connections=200`;
      const started = spawnSync(...asOwner("pg_ctl", ["start", "-D", dataDir, "-w", "-t", "60", "-l", join(folder, "server.log"), "-o", options]), { encoding: "utf8" });
      const log = started.status === 0 || !existsSync(join(folder, "server.log")) ? "" : readFileSync(join(folder, "server.log"), "utf8");
      return { ok: started.status === 0, problem: `PostgreSQL did not start: ${started.stderr}\n${log}`, portTaken: /could not bind|address already in use/i.test(log) };
    };
    for (let attempt = 1; ; attempt++) {
      // Free a moment ago: the server may still lose a race for it, and then tries another.
      const port = await freePort();
      const started = start(port);
      if (started.ok) {
        return {
          url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
          port,
          password,
          stop,
          shutDown: () => void runAsOwner("pg_ctl", ["stop", "-D", dataDir, "-m", "fast", "-w", "-t", "30"]),
          startAgain: () => {
            const again = start(port);
            if (!again.ok) throw new Error(again.problem);
          },
          log: () => readFileSync(join(folder, "server.log"), "utf8"),
        };
      }
      if (attempt >= 3 || !started.portTaken) throw new Error(started.problem);
    }
  } catch (error) {
    stop();
    throw error;
  }
}
