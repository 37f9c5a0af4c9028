// npm run soak [-- --creates N --concurrency C --max-seconds S --seed X --keep]
//
// Drives N space creates (default 20,000) through a real `wrangler dev`, with C
// concurrent clients (default 32): users and providers, some with an
// Idempotency-Key, some of those replayed after the fact and some raced by a
// duplicate in flight. Then it checks, straight from D1, that the spaces are
// exactly the distinct 201 Locations (none lost, none duplicated) and that no
// request failed. One summary line; exit status 0 only when everything holds.
//
// It starts its own wrangler dev on a free port on 127.0.0.1, with its own
// temporary state directory and freshly generated keys, and removes both.
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { DEV_ADMIN_USER, generateDevConfig, mintUserToken, writeEnvFile } from "./lib/devConfig.mjs";
import { runWrangler, startWranglerDev, waitUntilServing } from "./lib/wrangler.mjs";

const { values: options } = parseArgs({
  options: {
    creates: { type: "string", default: "20000" },
    concurrency: { type: "string", default: "32" },
    "max-seconds": { type: "string", default: "900" },
    seed: { type: "string", default: "20261126" },
    users: { type: "string", default: "8" },
    keep: { type: "boolean", default: false },
  },
});
const CREATES = positiveInteger(options.creates, "--creates");
const CONCURRENCY = positiveInteger(options.concurrency, "--concurrency");
const MAX_SECONDS = positiveInteger(options["max-seconds"], "--max-seconds");
const USERS = positiveInteger(options.users, "--users");
const SEED = positiveInteger(options.seed, "--seed");
/** Shares of the creates: by a provider (the rest by users); with a key; of the keyed, replayed and raced. */
const PROVIDER_SHARE = 0.25;
const KEYED_SHARE = 0.3;
const REPLAYED_SHARE_OF_KEYED = 0.2;
const RACED_SHARE_OF_KEYED = 0.2;
const REQUEST_TIMEOUT_MS = 30_000;

function positiveInteger(text, name) {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value <= 0) {
    console.error(`soak: ${name} must be a positive integer, not ${text}`);
    process.exit(2);
  }
  return value;
}

/** mulberry32: a small seeded PRNG, so the mix of requests is the same on every run. */
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Tallies of everything the run saw. */
const stats = {
  requests: 0,
  byStatus: new Map(),
  fiveXx: 0,
  errors: [],
  errorCount: 0,
  replayMismatches: [],
  latenciesMs: [],
  locations: new Map(), // space id -> owner user id
  duplicatedByReplays: 0, // extra spaces a keyed create got from its replays or races
  creates: { user: 0, provider: 0, keyed: 0, replayed: 0, raced: 0 },
};

function recordError(message) {
  stats.errorCount++;
  if (stats.errors.length < 20) stats.errors.push(message);
}

async function send(baseUrl, method, path, token, { body, key } = {}) {
  const headers = { "X-Auth-Token": token };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (key !== undefined) headers["Idempotency-Key"] = `"${key}"`;
  const started = performance.now();
  stats.requests++;
  try {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await response.text();
    stats.latenciesMs.push(performance.now() - started);
    stats.byStatus.set(response.status, (stats.byStatus.get(response.status) ?? 0) + 1);
    if (response.status >= 500) stats.fiveXx++;
    return { response, text };
  } catch (thrown) {
    recordError(`${method} ${path}: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
    return undefined;
  }
}

/** The space id of a 201, or undefined (and an error recorded) for anything else. */
function createdSpaceId(result, what) {
  if (result === undefined) return undefined;
  const { response, text } = result;
  const match = /^\/spaces\/([0-9a-f]{32})$/.exec(response.headers.get("location") ?? "");
  if (response.status !== 201 || !match) {
    recordError(`${what}: ${response.status} ${text.slice(0, 200)}`);
    return undefined;
  }
  return match[1];
}

/** One logical create, as planned for index `i`: possibly keyed, replayed or raced. */
async function runCreate(baseUrl, plan, actors) {
  const owner = actors.users[plan.userIndex];
  let token = owner.token;
  let body = { name: `Soak ${plan.index}` };
  if (plan.byProvider) {
    const issued = await send(baseUrl, "GET", "/user/spaces/token", owner.token);
    if (issued === undefined || issued.response.status !== 200) {
      if (issued !== undefined) recordError(`space creation token: ${issued.response.status} ${issued.text.slice(0, 200)}`);
      return;
    }
    const provider = actors.providers[plan.index % actors.providers.length];
    token = provider.token;
    body = { ...body, token: JSON.parse(issued.text).token, size: 1024 * (plan.index + 1) };
  }
  const key = plan.keyed ? `soak-${SEED}-${plan.index}` : undefined;
  const what = `create ${plan.index}${plan.byProvider ? " (provider)" : ""}${key ? " (keyed)" : ""}`;
  const attempts = plan.raced
    ? await Promise.all([send(baseUrl, "POST", "/spaces", token, { body, key }), send(baseUrl, "POST", "/spaces", token, { body, key })])
    : [await send(baseUrl, "POST", "/spaces", token, { body, key })];
  if (plan.replayed) attempts.push(await send(baseUrl, "POST", "/spaces", token, { body, key }));
  const ids = attempts.map((attempt) => createdSpaceId(attempt, what));
  const first = ids[0];
  if (first === undefined) return;
  if (ids.some((id) => id !== first)) stats.replayMismatches.push(`${what}: Locations ${ids.join(", ")}`);
  if (attempts.length > 1) {
    const marked = attempts.filter((attempt) => attempt?.response.headers.get("idempotent-replayed") === "true").length;
    if (marked !== attempts.length - 1) stats.replayMismatches.push(`${what}: ${marked} of ${attempts.length} marked Idempotent-Replayed`);
  }
  const distinct = new Set(ids.filter(Boolean));
  stats.duplicatedByReplays += distinct.size - 1;
  for (const id of distinct) stats.locations.set(id, owner.id);
}

/** The whole plan, decided up front from the seed. */
function planCreates() {
  const random = seededRandom(SEED);
  return Array.from({ length: CREATES }, (_, index) => {
    const byProvider = random() < PROVIDER_SHARE;
    const keyed = random() < KEYED_SHARE;
    const roll = random();
    const replayed = keyed && roll < REPLAYED_SHARE_OF_KEYED;
    const raced = keyed && !replayed && roll < REPLAYED_SHARE_OF_KEYED + RACED_SHARE_OF_KEYED;
    return { index, userIndex: Math.floor(random() * USERS), byProvider, keyed, replayed, raced };
  });
}

async function drive(baseUrl, actors, deadline) {
  const plans = planCreates();
  let next = 0;
  let timedOut = false;
  const client = async () => {
    while (next < plans.length) {
      if (Date.now() > deadline) {
        timedOut = true;
        return;
      }
      const plan = plans[next++];
      stats.creates[plan.byProvider ? "provider" : "user"]++;
      if (plan.keyed) stats.creates.keyed++;
      if (plan.replayed) stats.creates.replayed++;
      if (plan.raced) stats.creates.raced++;
      await runCreate(baseUrl, plan, actors);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, client));
  return { planned: plans.length, timedOut };
}

/** Every user's `GET /user/spaces` must list exactly the spaces created for them. */
async function checkUserLists(baseUrl, actors) {
  const mismatches = [];
  for (const user of actors.users) {
    const listed = await send(baseUrl, "GET", "/user/spaces", user.token);
    const expected = [...stats.locations].filter(([, owner]) => owner === user.id).map(([id]) => id).sort();
    const actual = listed?.response.status === 200 ? [...JSON.parse(listed.text).spaces].sort() : null;
    if (JSON.stringify(actual) !== JSON.stringify(expected)) {
      mismatches.push(`${user.id}: listed ${actual?.length ?? "nothing"}, created ${expected.length}`);
    }
  }
  return mismatches;
}

/** Rows of one page of ids per `wrangler d1 execute`: its piped output is cut off beyond about a megabyte. */
const D1_PAGE_ROWS = 5_000;

/** Space ids and row counts, straight from the local D1 file (wrangler dev is stopped by then). */
function readD1(stateDir) {
  const query = (sql) =>
    JSON.parse(runWrangler(["d1", "execute", "DB", "--local", "--persist-to", stateDir, "--json", "--command", sql], { quiet: true }))[0]
      .results;
  const ids = [];
  for (;;) {
    const page = query(`SELECT id FROM spaces ORDER BY id LIMIT ${D1_PAGE_ROWS} OFFSET ${ids.length}`).map((row) => row.id);
    ids.push(...page);
    if (page.length < D1_PAGE_ROWS) break;
  }
  const [counts] = query(
    `SELECT (SELECT COUNT(*) FROM space_members) AS members, (SELECT COUNT(*) FROM space_supports) AS supports,
            (SELECT COUNT(*) FROM spent_tokens) AS spentTokens, (SELECT COUNT(*) FROM idempotency_keys) AS keys`,
  );
  return { ids, counts };
}

function percentile(sorted, fraction) {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))];
}

async function main() {
  const started = Date.now();
  const deadline = started + MAX_SECONDS * 1000;
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const stateDir = mkdtempSync(join(tmpdir(), "spacegate-soak-"));
  const envFile = join(stateDir, "soak.env");
  const config = await generateDevConfig({ origin: baseUrl });
  writeEnvFile(envFile, config);
  runWrangler(["d1", "migrations", "apply", "DB", "--local", "--persist-to", stateDir], { quiet: true });
  const wrangler = startWranglerDev(
    ["--port", String(port), "--ip", "127.0.0.1", "--persist-to", stateDir, "--env-file", envFile,
     "--show-interactive-dev-session=false", "--log-level", "error"],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  const stop = async () => {
    if (wrangler.exitCode !== null) return;
    const exited = new Promise((resolve) => wrangler.once("exit", resolve));
    wrangler.kill("SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    if (wrangler.exitCode === null) wrangler.kill("SIGKILL");
  };
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => void stop().then(() => process.exit(130)));
  }
  try {
    await waitUntilServing(`${baseUrl}/.well-known/jwks.json`, 90_000, wrangler);
    const users = await Promise.all(
      Array.from({ length: USERS }, async (_, i) => {
        const id = `soak-user-${i}`;
        return { id, token: await mintUserToken(config, id) };
      }),
    );
    const admin = await mintUserToken(config, DEV_ADMIN_USER);
    const providers = [];
    for (const name of ["Soak provider A", "Soak provider B"]) {
      const registered = await send(baseUrl, "POST", "/providers", admin, { body: { name } });
      if (registered?.response.status !== 201) throw new Error(`registering a provider answered ${registered?.response.status}`);
      providers.push(JSON.parse(registered.text));
    }
    const actors = { users, providers };
    stats.requests = 0;
    stats.byStatus.clear();
    stats.latenciesMs.length = 0;

    const driveStarted = Date.now();
    const { planned, timedOut } = await drive(baseUrl, actors, deadline);
    const driveSeconds = (Date.now() - driveStarted) / 1000;
    const driveRequests = stats.requests;
    const listMismatches = await checkUserLists(baseUrl, actors);
    await stop();
    const d1 = readD1(stateDir);

    const d1Ids = new Set(d1.ids);
    const lost = [...stats.locations.keys()].filter((id) => !d1Ids.has(id));
    // A space is duplicated when D1 holds it but no 201 named it, or when a replay or race of one create got another one.
    const duplicated = d1.ids.filter((id) => !stats.locations.has(id)).length + stats.duplicatedByReplays;
    const counted = stats.creates.user + stats.creates.provider;
    const rowsConsistent =
      d1.counts.members === d1.ids.length && d1.counts.supports === stats.creates.provider &&
      d1.counts.spentTokens === stats.creates.provider && d1.counts.keys === stats.creates.keyed;
    const ok = !timedOut && counted === planned && stats.locations.size === planned && d1.ids.length === stats.locations.size &&
      lost.length === 0 && duplicated === 0 && stats.fiveXx === 0 && stats.errorCount === 0 &&
      stats.replayMismatches.length === 0 && listMismatches.length === 0 && rowsConsistent;

    const latencies = stats.latenciesMs.sort((a, b) => a - b);
    console.log(
      `soak ${ok ? "OK" : "FAILED"}: ${counted} creates (${stats.creates.user} user, ${stats.creates.provider} provider; ` +
        `${stats.creates.keyed} keyed, ${stats.creates.replayed} replayed, ${stats.creates.raced} raced) in ${driveRequests} requests, ` +
        `${CONCURRENCY} clients, ${driveSeconds.toFixed(1)} s (${Math.round(driveRequests / driveSeconds)} req/s, ` +
        `p50 ${percentile(latencies, 0.5).toFixed(1)} ms, p99 ${percentile(latencies, 0.99).toFixed(1)} ms); ` +
        `distinct 201 Locations ${stats.locations.size}, D1 spaces ${d1.ids.length}, lost ${lost.length}, duplicated ${duplicated}, ` +
        `5xx ${stats.fiveXx}, errors ${stats.errorCount}, replay mismatches ${stats.replayMismatches.length}, ` +
        `list mismatches ${listMismatches.length}, rows ${rowsConsistent ? "consistent" : `inconsistent ${JSON.stringify(d1.counts)}`}` +
        `${timedOut ? `, stopped at the ${MAX_SECONDS} s limit` : ""}; seed ${SEED}`,
    );
    for (const line of [...stats.errors, ...stats.replayMismatches, ...listMismatches].slice(0, 20)) console.error(`  ${line}`);
    process.exitCode = ok ? 0 : 1;
  } finally {
    await stop();
    if (options.keep) console.error(`soak: state kept in ${stateDir}`);
    else rmSync(stateDir, { recursive: true, force: true });
  }
}

await main().catch((thrown) => {
  console.error(`soak FAILED: ${thrown instanceof Error ? thrown.stack : String(thrown)}`);
  process.exitCode = 1;
});
