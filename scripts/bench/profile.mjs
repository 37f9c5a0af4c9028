// CPU profiles of workers under load, through workerd's V8 inspector (Chrome DevTools
// Protocol): where a request's JavaScript time goes, by bundled module and by function.
import { readFileSync } from "node:fs";
import { basename } from "node:path";

// Sampling interval of the V8 profiler, in microseconds.
const SAMPLING_INTERVAL_US = 250;
const NON_JS_FRAMES = new Set(["(root)", "(program)", "(idle)", "(garbage collector)"]);

/**
 * Profiles the isolates named in `targets` (inspector ids such as `core:user:`) while
 * `load()` runs; answers each isolate's profile summary, per request of the load.
 */
export async function profileDuring(inspectorPort, targets, load, bundlePath) {
  const sessions = await Promise.all(targets.map((target) => openSession(`ws://127.0.0.1:${inspectorPort}/${target}`)));
  try {
    for (const session of sessions) {
      await session.send("Profiler.enable");
      await session.send("Profiler.setSamplingInterval", { interval: SAMPLING_INTERVAL_US });
      await session.send("Profiler.start");
    }
    const result = await load();
    const profiles = await Promise.all(sessions.map((session) => session.send("Profiler.stop")));
    const bundle = bundlePath ? { name: basename(bundlePath), modules: moduleLines(bundlePath) } : undefined;
    return {
      requests: result.requests,
      isolates: Object.fromEntries(targets.map((target, i) => [target, summarize(profiles[i].profile, result.requests, bundle)])),
    };
  } finally {
    for (const session of sessions) session.close();
  }
}

// A minimal CDP client over the inspector's WebSocket.
async function openSession(url) {
  const socket = new WebSocket(url);
  await new Promise((resolve, reject) => {
    socket.addEventListener("open", resolve, { once: true });
    socket.addEventListener("error", () => reject(new Error(`cannot open inspector ${url}`)), { once: true });
  });
  let nextId = 1;
  const waiting = new Map();
  socket.addEventListener("message", (event) => {
    const message = JSON.parse(String(event.data));
    const pending = waiting.get(message.id);
    if (!pending) return;
    waiting.delete(message.id);
    if (message.error) pending.reject(new Error(`${message.error.message} (${url})`));
    else pending.resolve(message.result);
  });
  return {
    send: (method, params = {}) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        waiting.set(id, { resolve, reject });
        socket.send(JSON.stringify({ id, method, params }));
      }),
    close: () => socket.close(),
  };
}

// esbuild's unminified bundles mark each module with a `// path` line: [startLine, path], in order.
function moduleLines(bundlePath) {
  const marks = [];
  readFileSync(bundlePath, "utf8")
    .split("\n")
    .forEach((line, index) => {
      const match = /^\/\/ ((?:src|node_modules|bench)\/\S+)$/.exec(line);
      if (match) marks.push([index, match[1].replace(/^node_modules\/(?:\.pnpm\/)?/, "")]);
    });
  return marks;
}

function moduleOf(modules, lineNumber) {
  let found = "(runtime)";
  for (const [start, path] of modules) {
    if (start > lineNumber) break;
    found = path;
  }
  return found;
}

// Busy time per request, and self and inclusive time per request by module and function.
function summarize(profile, requests, bundle) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const label = (node) => {
    const { functionName, url, lineNumber } = node.callFrame;
    if (NON_JS_FRAMES.has(functionName)) return functionName;
    // Frames of the bundle map to its modules; the runtime's own JavaScript (the D1 binding's
    // client, for one) keeps its internal URL.
    const inBundle = bundle !== undefined && (url === bundle.name || url.endsWith(`/${bundle.name}`));
    const where = inBundle ? moduleOf(bundle.modules, lineNumber) : url || "(native)";
    return `${functionName || "(anonymous)"} ${where}`;
  };
  const self = new Map();
  const byModule = new Map();
  const inclusive = new Map();
  let busyUs = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i + 1] ?? SAMPLING_INTERVAL_US;
    const node = byId.get(id);
    const name = label(node);
    if (name === "(idle)") return;
    busyUs += us;
    self.set(name, (self.get(name) ?? 0) + us);
    const module = NON_JS_FRAMES.has(name) ? name : name.slice(name.lastIndexOf(" ") + 1);
    byModule.set(module, (byModule.get(module) ?? 0) + us);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parentOf.get(at)) {
      const frame = label(byId.get(at));
      if (seen.has(frame) || NON_JS_FRAMES.has(frame)) continue;
      seen.add(frame);
      inclusive.set(frame, (inclusive.get(frame) ?? 0) + us);
    }
  });
  const perRequestMs = (us) => Math.round((us / requests) * 1000) / 1e6;
  const top = (map, count) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, count).map(([name, us]) => ({ name, msPerRequest: perRequestMs(us) }));
  return {
    busyMsPerRequest: perRequestMs(busyUs),
    selfByModule: top(byModule, 20),
    topSelf: top(self, 15),
    topInclusive: top(inclusive, 25),
  };
}
