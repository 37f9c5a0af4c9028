// npm run size [-- --check] [-- --budget-kib N]: builds the worker exactly as `wrangler deploy`
// would (--dry-run --outdir), prints the upload size and its gzip size the way wrangler counts
// them, and what contributes most. With --check, exits 1 when gzip exceeds the budget.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { runWrangler } from "./lib/wrangler.mjs";

// The bundle budget: at most this much gzip, in KiB (1024 bytes). 30 until groups doubled the
// API's routes (docs/performance.md, "Bundle budget").
const BUNDLE_BUDGET_GZIP_KIB = 36;
const KIB_BYTES = 1024;

const { values } = parseArgs({
  options: {
    check: { type: "boolean", default: false },
    "budget-kib": { type: "string", default: String(BUNDLE_BUDGET_GZIP_KIB) },
    top: { type: "string", default: "12" },
  },
});
const budgetKib = Number(values["budget-kib"]);

const outdir = mkdtempSync(join(tmpdir(), "spacegate-size-"));
try {
  const metafile = join(outdir, "meta.json");
  runWrangler(["deploy", "--dry-run", "--outdir", join(outdir, "dist"), "--metafile", metafile], { quiet: true });
  const modules = readdirSync(join(outdir, "dist"))
    .filter((name) => /\.(m?js|cjs|wasm)$/.test(name))
    .map((name) => readFileSync(join(outdir, "dist", name)));
  // Like wrangler's own report: all uploaded modules, concatenated, default gzip level.
  const rawBytes = modules.reduce((sum, content) => sum + content.byteLength, 0);
  const gzipBytes = gzipSync(Buffer.concat(modules)).byteLength;
  const kib = (bytes) => (bytes / KIB_BYTES).toFixed(2);
  console.log(`worker bundle: ${kib(rawBytes)} KiB, gzip ${kib(gzipBytes)} KiB (budget ${budgetKib} KiB gzip)`);
  console.log(`\nlargest contributors (bytes in the bundle, before gzip):`);
  for (const [name, bytes] of contributors(JSON.parse(readFileSync(metafile, "utf8"))).slice(0, Number(values.top))) {
    console.log(`  ${kib(bytes).padStart(8)} KiB  ${name}`);
  }
  // Route documentation only feeds the prebuilt OpenAPI document (OPENAPI_DOCS in wrangler.toml).
  if (modules.some((content) => content.includes("operationId"))) {
    console.error("\nROUTE DOCUMENTATION IN THE BUNDLE: wrangler.toml must define OPENAPI_DOCS as false.");
    if (values.check) process.exitCode = 1;
  }
  if (gzipBytes > budgetKib * KIB_BYTES) {
    console.error(`\nOVER BUDGET: gzip ${kib(gzipBytes)} KiB > ${budgetKib} KiB. See the contributors above.`);
    if (values.check) process.exitCode = 1;
  } else if (values.check) {
    console.log(`\nwithin budget: ${kib(budgetKib * KIB_BYTES - gzipBytes)} KiB gzip to spare`);
  }
} finally {
  rmSync(outdir, { recursive: true, force: true });
}

// Bytes each npm package (or each src/ folder) puts into the bundle, largest first.
function contributors(meta) {
  const totals = new Map();
  for (const output of Object.values(meta.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs ?? {})) {
      const name = input.includes("node_modules/")
        ? input.replace(/^.*node_modules\/((?:@[^/]+\/)?[^/]+).*$/, "$1")
        : input.replace(/^(src\/[^/]+)\/.*$/, "$1/");
      totals.set(name, (totals.get(name) ?? 0) + bytesInOutput);
    }
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}
