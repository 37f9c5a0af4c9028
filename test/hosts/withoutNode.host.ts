import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PROJECT_DIR, runtimeBinary } from "../../scripts/lib/hosts.mjs";
import { freePortPair } from "../e2e/support/hostProcess.ts";

/**
 * docs/hosts-without-node.md: with only Bun or only Deno on PATH, the runtime's own command
 * (`bun run serve`, `deno task serve`) starts spacegate with the banner of `npm start`, generating
 * .dev.vars when missing. Each run works in a folder of its own that links to this project's files,
 * so that its .dev.vars and .data/ are its own.
 */
const work = mkdtempSync(join(tmpdir(), "spacegate-without-node-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const COMMANDS = { bun: ["run", "serve"], deno: ["task", "serve"] } as const;
/** How the banner says to mint more tokens, and those arguments for user `dev-user`. */
const TOKEN_COMMANDS = {
  bun: { shown: "bun scripts/token.mjs --user ID", args: ["scripts/token.mjs", "--user", "dev-user"] },
  deno: { shown: "deno task token --user ID", args: ["task", "token", "--user", "dev-user"] },
} as const;
/** The project's files a run needs, linked; not the developer's .dev.vars, .data/ or .git. */
const LINKED = readdirSync(PROJECT_DIR).filter((name) => !name.startsWith(".") || name === ".gitignore");

function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  process.kill(-child.pid!, "SIGINT"); // Ctrl-C reaches the whole group, as in a terminal
  return exited;
}

for (const runtime of ["bun", "deno"] as const) {
  describe(`${runtime} without Node.js`, () => {
    it(`\`${runtime} ${COMMANDS[runtime].join(" ")}\` serves the API over SQLite with the start banner, and writes .dev.vars`, async () => {
      const bin = join(work, `${runtime}-bin`);
      const project = join(work, `${runtime}-project`);
      mkdirSync(bin);
      mkdirSync(project);
      symlinkSync(runtimeBinary(runtime), join(bin, runtime));
      symlinkSync("/bin/sh", join(bin, "sh")); // `bun run` hands a script to sh, as npm does
      for (const name of LINKED) symlinkSync(join(PROJECT_DIR, name), join(project, name));
      expect(readdirSync(bin).sort()).toEqual([runtime, "sh"].sort()); // no node on this PATH

      const port = await freePortPair();
      const env = { PATH: bin, HOME: join(work, `${runtime}-home`), PORT: String(port), NO_COLOR: "1" };
      const child = spawn(runtime, COMMANDS[runtime], {
        cwd: project,
        env,
        stdio: ["ignore", "pipe", "pipe"],
        detached: true,
      });
      let output = "";
      child.stdout!.setEncoding("utf8").on("data", (text: string) => (output += text));
      child.stderr!.setEncoding("utf8").on("data", (text: string) => (output += text));
      try {
        const deadline = Date.now() + 90_000;
        while (!/export PROVIDER_TOKEN=/.test(output) && child.exitCode === null && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        expect(output).toContain(`spacegate is serving on http://localhost:${port}`);
        expect(output).toContain(`Generated .dev.vars`);
        expect(existsSync(join(project, ".dev.vars"))).toBe(true);
        expect(existsSync(join(project, ".data", "spacegate.sqlite"))).toBe(true);

        const userToken = /export USER_TOKEN=(\S+)/.exec(output)![1]!;
        const origin = `http://127.0.0.1:${port}`;
        const created = await fetch(`${origin}/spaces`, {
          method: "POST",
          headers: { "X-Auth-Token": userToken, "Content-Type": "application/json" },
          body: JSON.stringify({ name: `Without Node on ${runtime}` }),
        });
        expect(created.status).toBe(201);
        const read = await fetch(`${origin}${created.headers.get("location")}`, { headers: { "X-Auth-Token": userToken } });
        expect(read.status).toBe(200);
        expect(await read.json()).toMatchObject({ name: `Without Node on ${runtime}` });

        // The banner's command for more tokens works with the same runtime alone, on the generated .dev.vars.
        expect(output).toContain(`more with: ${TOKEN_COMMANDS[runtime].shown}`);
        const minted = spawnSync(runtime, TOKEN_COMMANDS[runtime].args, { cwd: project, env, encoding: "utf8" });
        expect(minted.status, minted.stderr).toBe(0);
        const listed = await fetch(`${origin}/user/spaces`, { headers: { "X-Auth-Token": minted.stdout.trim() } });
        expect(listed.status).toBe(200);
        expect((await listed.json() as { spaces: string[] }).spaces).toContain(created.headers.get("location")!.slice("/spaces/".length));
      } finally {
        await stopGroup(child);
      }
    });
  });
}
