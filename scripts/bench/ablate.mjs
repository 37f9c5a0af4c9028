// node scripts/bench/ablate.mjs [--seconds 5 --rounds 3 --connections 16 --only "GET /spaces"]
// Where spacegate's time goes, measured by taking parts away: builds spacegate as `npm run bench`
// does, patches copies of the bundle to skip or change one step each (the log line, the response
// rebuild, the streamed body reader, the D1 session, the privilege SQL), and runs each copy and
// the floors in interleaved rounds, reporting req/s and workerd CPU ms per request. The patches
// are experiments only; a variant whose code has changed since is skipped, with a note.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { buildReferenceWorkers, buildSpacegate, readWranglerConfig } from "./build.mjs";
import * as fixtures from "./fixtures.mjs";
import { runFixedLoad, summarize } from "./load.mjs";
import { startWorker } from "./workerd.mjs";

// Each experiment: bundle edits as [find, replace], and the operations it is measured on.
const EXPERIMENTS = {
  "no log line": { edits: [["function logRequest(request, status) {", "function logRequest(request, status) {\n  return;"]] },
  "headers set in place": {
    edits: [
      [
        "  const headers = new Headers(response.headers);\n  headers.set(\"X-Request-Id\"",
        "  const headers = response.headers;\n  if (request.method !== \"HEAD\") { headers.set(\"X-Request-Id\", request.requestId); headers.set(\"X-Content-Type-Options\", \"nosniff\"); addCorsHeaders(headers, request, env); const bookmark = sessionBookmark(request); if (bookmark !== null) headers.set(BOOKMARK_HEADER, bookmark); logRequest(request, response.status); return response; }\n  headers.set(\"X-Request-Id\"",
      ],
    ],
  },
  "native body read": {
    only: "POST",
    edits: [["  const text = await readBoundedText(request);", "  const text = await request.text();"]],
  },
  "no D1 session": {
    edits: [
      ["  request.db = env.DB.withSession(start);", "  request.db = env.DB;"],
      ["  return request.db?.getBookmark() ?? null;", "  return null;"],
    ],
  },
  "privilege check by instr": {
    only: "GET",
    edits: [
      [
        "EXISTS (SELECT 1 FROM space_members m, json_each(m.privileges) p\n          WHERE m.space_id = ?1 AND m.user_id = ?2 AND p.value = ?3) AS has_privilege",
        "EXISTS (SELECT 1 FROM space_members m\n          WHERE m.space_id = ?1 AND m.user_id = ?2 AND instr(m.privileges, '\"' || ?3 || '\"') > 0) AS has_privilege",
      ],
    ],
  },
  // Wrong on purpose, a bound: GET /spaces/{id} with the read floor's query (no privilege, no providers).
  "read floor's SQL": {
    only: "GET",
    edits: [
      [
        "`SELECT id, name, creator_type, creator_id, created_at, ${ACCESS_COLUMNS},\n       (SELECT json_group_object(provider_id, size) FROM space_supports WHERE space_id = ?1) AS providers\n     FROM spaces WHERE id = ?1`",
        "`SELECT s.id, s.name, s.creator_type, s.creator_id, s.created_at, 1 AS is_member, 1 AS has_privilege,\n       0 AS is_supporting, '{}' AS providers\n     FROM spaces s JOIN space_members m ON m.space_id = s.id AND m.user_id = ?2 WHERE s.id = ?1`",
      ],
    ],
  },
};
// Combinations: every cross-cutting step removed, and the fixes proposed in docs/performance.md
// (log and session kept).
const COMBINATIONS = {
  "log, rebuild, body, session removed": ["no log line", "headers set in place", "native body read", "no D1 session"],
  "proposed fixes": ["headers set in place", "native body read"],
};

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "5" },
    rounds: { type: "string", default: "3" },
    connections: { type: "string", default: "16" },
    only: { type: "string" },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);

const workdir = mkdtempSync(join(tmpdir(), "spacegate-ablate-"));
const servers = [];
let jwksOrigin;
try {
  const base = readFileSync(buildSpacegate(join(workdir, "base")), "utf8");
  const floors = await buildReferenceWorkers(join(workdir, "reference"));
  const { compatibilityDate, vars } = readWranglerConfig();
  const keys = await fixtures.createBenchKeys();
  jwksOrigin = await fixtures.startJwksOrigin(keys);
  const token = await fixtures.mintUserToken(keys, "bench-user");

  const patch = (code, edits) =>
    edits.reduce((patched, [from, to]) => (patched?.includes(from) ? patched.replace(from, to) : undefined), code);
  const variants = [{ name: "spacegate", code: base }];
  for (const [name, { edits, only }] of Object.entries(EXPERIMENTS)) {
    const code = patch(base, edits);
    if (code === undefined) console.warn(`skipping "${name}": the bundle no longer contains the code it patches`);
    else variants.push({ name, code, only });
  }
  for (const [name, parts] of Object.entries(COMBINATIONS)) {
    const code = parts.reduce((patched, part) => patched && patch(patched, EXPERIMENTS[part].edits), base);
    if (code !== undefined) variants.push({ name, code });
  }

  const start = (name, scriptPath, bindings) =>
    startWorker({ scriptPath, compatibilityDate, bindings, stateDir: join(workdir, "state", String(servers.length)) }).then(
      (server) => servers.push({ name, ...server }) && servers.at(-1),
    );
  for (const { name, code, only } of variants) {
    const dir = join(workdir, `variant-${servers.length}`);
    mkdirSync(dir);
    writeFileSync(join(dir, "index.js"), code);
    const server = await start(name, join(dir, "index.js"), fixtures.spacegateBindings(vars, keys, jwksOrigin.url));
    [server.spaceId] = await fixtures.createSpaces(server.url, token, 3);
    server.only = only;
  }
  const createFloor = await start("create floor", floors.createFloor, fixtures.floorBindings(keys));
  const readFloor = await start("read floor", floors.readFloor, fixtures.floorBindings(keys));
  [readFloor.spaceId] = await fixtures.seedFloorSpaces(readFloor.db, "bench-user", 3);

  const json = { "X-Auth-Token": token, "Content-Type": "application/json" };
  const operations = {
    "POST /spaces (user)": (server) => ({ url: new URL("/spaces", server.url).href, method: "POST", headers: json, body: '{"name":"Bench space"}' }),
    "GET /spaces/{id}": (server) => ({ url: new URL(`/spaces/${server.spaceId}`, server.url).href, headers: { "X-Auth-Token": token } }),
  };
  const variantsFor = (method) => servers.filter((s) => s !== createFloor && s !== readFloor && (s.only ?? method) === method);
  const targets = {
    "POST /spaces (user)": [createFloor, ...variantsFor("POST")],
    "GET /spaces/{id}": [readFloor, ...variantsFor("GET")],
  };

  for (const [operation, serversOf] of Object.entries(targets)) {
    if (values.only && !operation.includes(values.only)) continue;
    const samples = new Map(serversOf.map((server) => [server, []]));
    for (const server of serversOf) await runFixedLoad({ ...operations[operation](server), connections, seconds: 2 });
    for (let round = 0; round < Number(values.rounds); round++) {
      for (const server of serversOf) {
        const before = server.cpuSeconds();
        const result = summarize(await runFixedLoad({ ...operations[operation](server), connections, seconds }));
        const cpuMs = ((server.cpuSeconds() - before) * 1000) / result.requests;
        samples.get(server).push({ rps: result.requestsPerSecond, cpuMs, failed: result.non2xx + result.errors });
      }
    }
    const median = (numbers) => [...numbers].sort((a, b) => a - b)[Math.floor((numbers.length - 1) / 2)];
    const floor = samples.get(serversOf[0]);
    const floorCpu = median(floor.map((s) => s.cpuMs));
    console.log(`\n${operation}: medians of ${values.rounds} interleaved rounds, ${seconds} s, ${connections} connections`);
    const columns = ["variant".padEnd(36), "req/s", "vs floor", "CPU ms/req", "CPU - floor", "failed"];
    console.log(columns.map((c, i) => (i === 0 ? c : c.padStart(12))).join(""));
    for (const [server, runs] of samples) {
      const cpu = median(runs.map((s) => s.cpuMs));
      // The req/s ratio is taken within each round (runs seconds apart), then the median.
      const ratio = median(runs.map((s, i) => s.rps / floor[i].rps));
      const failed = runs.reduce((sum, s) => sum + s.failed, 0);
      const cells = [median(runs.map((s) => s.rps)), ratio.toFixed(3), cpu.toFixed(3), (cpu - floorCpu).toFixed(3), failed];
      console.log(server.name.padEnd(36) + cells.map((c) => String(c).padStart(12)).join(""));
    }
  }
} finally {
  await Promise.allSettled(servers.map((server) => server.mf.dispose()));
  await jwksOrigin?.close();
  rmSync(workdir, { recursive: true, force: true });
}
