// npm run size [-- --check] [-- --budget-kib N]: builds each Worker exactly as `wrangler deploy`
// would (--dry-run --outdir): the D1 build, and the Hyperdrive build (`--env postgres`). Prints each
// upload size and its gzip size the way wrangler counts them, and what contributes most. With
// --check, exits 1 when a build's gzip exceeds its budget, when route documentation reaches a
// bundle, or when the PostgreSQL driver reaches the D1 build. --budget-kib overrides the D1 budget.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { runWrangler } from "./lib/wrangler.mjs";

// The D1 build's budget: at most this much gzip, in KiB (1024 bytes). 30 until groups doubled the
// API's routes (docs/performance.md, "Bundle budget").
const BUNDLE_BUDGET_GZIP_KIB = 36;
// The Hyperdrive build carries the `pg` driver besides (issue 18; docs/performance.md, "Bundle budget").
const HYPERDRIVE_BUDGET_GZIP_KIB = 60;
const KIB_BYTES = 1024;
/** Packages of the PostgreSQL driver: none may reach the D1 build. */
const DRIVER_PACKAGE = /^pg(-.+)?$/;

const { values } = parseArgs({
  options: {
    check: { type: "boolean", default: false },
    "budget-kib": { type: "string", default: String(BUNDLE_BUDGET_GZIP_KIB) },
    top: { type: "string", default: "12" },
  },
});

const builds = [
  { name: "worker bundle (D1)", env: undefined, budgetKib: Number(values["budget-kib"]), driverFree: true },
  { name: "worker bundle (Hyperdrive, --env postgres)", env: "postgres", budgetKib: HYPERDRIVE_BUDGET_GZIP_KIB, driverFree: false },
];
for (const [index, build] of builds.entries()) {
  if (index > 0) console.log("");
  measure(build);
}

function measure({ name, env, budgetKib, driverFree }) {
  const outdir = mkdtempSync(join(tmpdir(), "spacegate-size-"));
  const fail = (message) => {
    console.error(`\n${message}`);
    if (values.check) process.exitCode = 1;
  };
  try {
    const metafile = join(outdir, "meta.json");
    runWrangler(["deploy", "--dry-run", "--outdir", join(outdir, "dist"), "--metafile", metafile, ...(env ? ["--env", env] : [])], { quiet: true });
    const modules = readdirSync(join(outdir, "dist"))
      .filter((file) => /\.(m?js|cjs|wasm)$/.test(file))
      .map((file) => readFileSync(join(outdir, "dist", file)));
    // Like wrangler's own report: all uploaded modules, concatenated, default gzip level.
    const rawBytes = modules.reduce((sum, content) => sum + content.byteLength, 0);
    const gzipBytes = gzipSync(Buffer.concat(modules)).byteLength;
    const kib = (bytes) => (bytes / KIB_BYTES).toFixed(2);
    console.log(`${name}: ${kib(rawBytes)} KiB, gzip ${kib(gzipBytes)} KiB (budget ${budgetKib} KiB gzip)`);
    console.log(`largest contributors (bytes in the bundle, before gzip):`);
    const contributed = contributors(JSON.parse(readFileSync(metafile, "utf8")));
    for (const [input, bytes] of contributed.slice(0, Number(values.top))) {
      console.log(`  ${kib(bytes).padStart(8)} KiB  ${input}`);
    }
    // Route documentation only feeds the prebuilt OpenAPI document (OPENAPI_DOCS in wrangler.toml).
    if (modules.some((content) => content.includes("operationId"))) {
      fail(`ROUTE DOCUMENTATION IN THE BUNDLE (${name}): wrangler.toml must define OPENAPI_DOCS as false${env ? ` in [env.${env}] too` : ""}.`);
    }
    const driver = contributed.filter(([input]) => DRIVER_PACKAGE.test(input)).map(([input]) => input);
    if (driverFree && driver.length > 0) fail(`THE POSTGRESQL DRIVER IS IN THE D1 BUILD (${driver.join(", ")}): only src/indexPostgres.ts may import src/postgres/.`);
    if (gzipBytes > budgetKib * KIB_BYTES) {
      fail(`OVER BUDGET: gzip ${kib(gzipBytes)} KiB > ${budgetKib} KiB. See the contributors above.`);
    } else if (values.check) {
      console.log(`within budget: ${kib(budgetKib * KIB_BYTES - gzipBytes)} KiB gzip to spare`);
    }
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
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
