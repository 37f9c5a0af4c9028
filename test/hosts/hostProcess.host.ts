import { createServer, type Server } from "node:http";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { spawnSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { generateDevConfig, mintUserToken } from "../../scripts/lib/devConfig.mjs";
import { freePort, type RunningHost, startHost } from "../e2e/support/hostProcess.ts";

const work = mkdtempSync(join(tmpdir(), "spacegate-hosts-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const exited = (host: RunningHost) =>
  new Promise<number | null>((resolve) => {
    if (host.process.exitCode !== null || host.process.signalCode !== null) resolve(host.process.exitCode);
    else host.process.once("exit", (code) => resolve(code));
  });

async function create(host: RunningHost, token: string, name: string): Promise<Response> {
  return fetch(`${host.baseUrl}/spaces`, {
    method: "POST",
    headers: { "X-Auth-Token": token, "Content-Type": "application/json" },
    body: JSON.stringify({ name }),
  });
}

for (const runtime of ["bun", "deno"] as const) {
  describe(`the ${runtime} host process`, () => {
    it("survives SIGKILL during concurrent creates: every create answered 201 is readable and listed after a restart", async () => {
      const database = join(work, `${runtime}-crash`, "spacegate.sqlite");
      const devConfig = await generateDevConfig({ origin: "http://127.0.0.1" });
      const first = await startHost(runtime, { database, devConfig });
      const token = await mintUserToken(devConfig, `crash-${runtime}`);
      const acknowledged: string[] = [];
      let sent = 0;
      const worker = async () => {
        while (first.process.exitCode === null && first.process.signalCode === null && sent < 2_000) {
          sent += 1;
          try {
            const response = await create(first, token, `Crash ${sent}`);
            if (response.status === 201) acknowledged.push(response.headers.get("location")!);
          } catch {
            return; // the host is gone
          }
        }
      };
      const workers = Array.from({ length: 16 }, worker);
      while (acknowledged.length < 100) await new Promise((resolve) => setTimeout(resolve, 5));
      first.process.kill("SIGKILL");
      await Promise.all(workers);
      await exited(first);
      expect(first.process.signalCode).toBe("SIGKILL");
      expect(sent).toBeGreaterThan(acknowledged.length); // some creates were in flight at the kill

      const second = await startHost(runtime, { database, devConfig });
      try {
        const list = await fetch(`${second.baseUrl}/user/spaces`, { headers: { "X-Auth-Token": token } });
        const listed = ((await list.json()) as { spaces: string[] }).spaces;
        const ids = acknowledged.map((location) => location.slice("/spaces/".length));
        expect(ids.filter((id) => !listed.includes(id))).toEqual([]);
        for (const location of acknowledged) {
          const read = await fetch(`${second.baseUrl}${location}`, { headers: { "X-Auth-Token": token } });
          expect(read.status).toBe(200);
        }
      } finally {
        await second.stop();
      }
      const db = new DatabaseSync(database, { readOnly: true });
      expect(db.prepare("PRAGMA integrity_check").get()).toEqual({ integrity_check: "ok" });
      db.close();
    });

    it("on SIGTERM, finishes the request in flight, then exits 0 and closes the database", async () => {
      const database = join(work, `${runtime}-stop`, "spacegate.sqlite");
      const devConfig = await generateDevConfig({ origin: "http://127.0.0.1" });
      const host = await startHost(runtime, { database, devConfig });
      const token = await mintUserToken(devConfig, `stop-${runtime}`);
      const encoder = new TextEncoder();
      let finishBody = () => {};
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(encoder.encode('{"name":'));
          finishBody = () => {
            controller.enqueue(encoder.encode('"In flight"}'));
            controller.close();
          };
        },
      });
      const inFlight = fetch(`${host.baseUrl}/spaces`, {
        method: "POST",
        headers: { "X-Auth-Token": token, "Content-Type": "application/json" },
        body,
        duplex: "half",
      } as RequestInit);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const exit = exited(host);
      host.process.kill("SIGTERM");
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(host.process.exitCode).toBeNull(); // still answering the request in flight
      finishBody();
      const response = await inFlight;
      expect(response.status).toBe(201);
      expect(await exit).toBe(0);
      // Closed cleanly: the WAL was checkpointed and removed by the last connection.
      expect(existsSync(`${database}-wal`)).toBe(false);
      await host.stop();
    });

    it("writes one request line per request to standard output, in batches, and none is lost on SIGTERM", async () => {
      const host = await startHost(runtime, { captureStdout: true });
      const token = await mintUserToken(host.devConfig, `log-${runtime}`);
      const requestLines = () =>
        host.stdout().split("\n").filter((line) => line.startsWith("{"))
          .map((line) => JSON.parse(line) as { status: number; route: string | null })
          .filter(({ route }) => route?.startsWith("/spaces")); // not the readiness probe's
      try {
        for (const name of ["Logged one", "Logged two", "Logged three"]) expect((await create(host, token, name)).status).toBe(201);
        expect((await fetch(`${host.baseUrl}/spaces/nothing`, { headers: { "X-Auth-Token": token } })).status).toBe(404);
        const deadline = Date.now() + 5_000;
        while (requestLines().length < 4 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
        expect(requestLines().map(({ status }) => status)).toEqual([201, 201, 201, 404]);
        // Two more, then SIGTERM at once, well within the flush time: the stop writes them.
        expect((await create(host, token, "Logged four")).status).toBe(201);
        expect((await create(host, token, "Logged five")).status).toBe(201);
      } finally {
        await host.stop();
      }
      expect(requestLines().map(({ status, route }) => [status, route])).toEqual([
        ...Array.from({ length: 3 }, () => [201, "/spaces"]),
        [404, "/spaces/:id"],
        ...Array.from({ length: 2 }, () => [201, "/spaces"]),
      ]);
    });

    it("keeps serving when its standard output is closed (the log lines are dropped)", async () => {
      const host = await startHost(runtime, { captureStdout: true });
      const token = await mintUserToken(host.devConfig, `closed-${runtime}`);
      try {
        host.process.stdout!.destroy(); // the reader goes away: the host's next writes fail (EPIPE)
        for (let i = 0; i < 4; i++) {
          expect((await create(host, token, `Unlogged ${i}`)).status).toBe(201);
          await new Promise((resolve) => setTimeout(resolve, 250)); // past the flush time: a write happens
        }
        expect(host.process.exitCode).toBeNull();
        expect(host.process.signalCode).toBeNull();
      } finally {
        await host.stop();
      }
    });

    it("npm run backup copies the database while the host serves; the copy opens and holds every space", async () => {
      const database = join(work, `${runtime}-backup`, "spacegate.sqlite");
      const devConfig = await generateDevConfig({ origin: "http://127.0.0.1" });
      const host = await startHost(runtime, { database, devConfig });
      const token = await mintUserToken(devConfig, `backup-${runtime}`);
      try {
        const statuses = await Promise.all(Array.from({ length: 20 }, (_, index) => create(host, token, `Backed up ${index}`).then((r) => r.status)));
        expect(statuses).toEqual(Array(20).fill(201));
        const copy = join(work, `${runtime}-backup.sqlite`);
        const backup = spawnSync(process.execPath, ["--disable-warning=ExperimentalWarning", "scripts/backup.mjs", copy], {
          env: { ...process.env, SPACEGATE_DB: database },
          encoding: "utf8",
        });
        expect(backup.status, backup.stderr).toBe(0);
        const db = new DatabaseSync(copy, { readOnly: true });
        expect(db.prepare("SELECT count(*) AS n FROM spaces").get()).toEqual({ n: 20 });
        expect(db.prepare("SELECT count(*) AS n FROM d1_migrations").get()).toEqual({ n: expect.any(Number) });
        db.close();
      } finally {
        await host.stop();
      }
    });

    it("runs the purge in-process at start (then hourly): expired idempotency keys are gone", async () => {
      const database = join(work, `${runtime}-purge`, "spacegate.sqlite");
      const devConfig = await generateDevConfig({ origin: "http://127.0.0.1" });
      const first = await startHost(runtime, { database, devConfig });
      const token = await mintUserToken(devConfig, `purge-${runtime}`);
      const created = await fetch(`${first.baseUrl}/spaces`, {
        method: "POST",
        headers: { "X-Auth-Token": token, "Content-Type": "application/json", "Idempotency-Key": '"old-key"' },
        body: "{}",
      });
      expect(created.status).toBe(201);
      await first.stop();
      const db = new DatabaseSync(database);
      db.prepare("UPDATE idempotency_keys SET created_at = created_at - 30 * 86400").run();
      expect(db.prepare("SELECT count(*) AS n FROM idempotency_keys").get()).toEqual({ n: 1 });
      db.close();
      const second = await startHost(runtime, { database, devConfig });
      await new Promise((resolve) => setTimeout(resolve, 500));
      await second.stop();
      const after = new DatabaseSync(database, { readOnly: true });
      expect(after.prepare("SELECT count(*) AS n FROM idempotency_keys").get()).toEqual({ n: 0 });
      after.close();
    });

    it("rate-limits in process: CALLER_RATE_LIMIT per caller, ANONYMOUS_RATE_LIMIT per socket peer (a client's CF-Connecting-IP is ignored)", async () => {
      const devConfig = await generateDevConfig({ origin: "http://127.0.0.1" });
      const host = await startHost(runtime, { devConfig, settings: { CALLER_RATE_LIMIT: "3/60", ANONYMOUS_RATE_LIMIT: "2/60" } });
      try {
        const token = await mintUserToken(devConfig, `limited-${runtime}`);
        const statuses = [];
        for (let i = 0; i < 4; i++) statuses.push((await fetch(`${host.baseUrl}/user/spaces`, { headers: { "X-Auth-Token": token } })).status);
        expect(statuses).toEqual([200, 200, 200, 429]);
        const other = await mintUserToken(devConfig, `other-${runtime}`);
        expect((await fetch(`${host.baseUrl}/user/spaces`, { headers: { "X-Auth-Token": other } })).status).toBe(200);
        const anonymous = [];
        for (const forged of ["203.0.113.1", "203.0.113.2", "203.0.113.3"]) {
          const response = await fetch(`${host.baseUrl}/user/spaces`, { headers: { "X-Auth-Token": "not.a.jwt", "CF-Connecting-IP": forged } });
          anonymous.push(response.status);
          if (response.status === 429) expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
        }
        expect(anonymous).toEqual([401, 401, 429]);
      } finally {
        await host.stop();
      }
    });

    it("behind a proxy, CLIENT_ADDRESS_HEADER keys the anonymous limit by the last address the proxy forwarded", async () => {
      const host = await startHost(runtime, { settings: { ANONYMOUS_RATE_LIMIT: "2/60" }, environment: { CLIENT_ADDRESS_HEADER: "X-Forwarded-For" } });
      try {
        const failWith = async (forwardedFor?: string) => {
          const headers: Record<string, string> = { "X-Auth-Token": "not.a.jwt" };
          if (forwardedFor !== undefined) headers["X-Forwarded-For"] = forwardedFor;
          return (await fetch(`${host.baseUrl}/user/spaces`, { headers })).status;
        };
        // The entries a client writes before the proxy's own do not make it someone else.
        const first = [await failWith("198.51.100.7, 203.0.113.1"), await failWith("198.51.100.8, 203.0.113.1"), await failWith("203.0.113.1")];
        expect(first).toEqual([401, 401, 429]);
        // Another client behind the same proxy has a limit of its own.
        expect(await failWith("203.0.113.2")).toBe(401);
        // No header: the socket's peer, which has a limit of its own too.
        expect([await failWith(), await failWith(), await failWith()]).toEqual([401, 401, 429]);
      } finally {
        await host.stop();
      }
    });

    it("verifies user tokens against a remote AUTH_JWKS_URL without caches.default (a cache miss every time)", async () => {
      const devConfig = await generateDevConfig({ origin: "http://127.0.0.1" });
      let jwksFetches = 0;
      const jwksServer: Server = createServer((_, response) => {
        jwksFetches += 1;
        response.writeHead(200, { "Content-Type": "application/json" }).end(devConfig.AUTH_JWKS);
      });
      const jwksPort = await freePort();
      await new Promise<void>((resolve) => jwksServer.listen(jwksPort, "127.0.0.1", resolve));
      const host = await startHost(runtime, { devConfig, settings: { AUTH_JWKS: "", AUTH_JWKS_URL: `http://127.0.0.1:${jwksPort}/jwks` } });
      try {
        const token = await mintUserToken(devConfig, `jwks-${runtime}`);
        const listed = await fetch(`${host.baseUrl}/user/spaces`, { headers: { "X-Auth-Token": token } });
        expect(listed.status).toBe(200);
        expect(jwksFetches).toBeGreaterThan(0);
      } finally {
        await host.stop();
        jwksServer.close();
      }
    });
  });
}
