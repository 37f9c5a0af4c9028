// Builds what the benchmark serves: spacegate exactly as `wrangler deploy` would upload it,
// and the reference workers of bench/workers bundled by the same esbuild, unminified alike.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { runWrangler } from "../lib/wrangler.mjs";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The reference workers in bench/workers, by scenario name. */
export const REFERENCE_WORKERS = { empty: "empty.js", createFloor: "createFloor.js", honoPeer: "honoPeer.js", readFloor: "readFloor.js", providerCreateFloor: "providerCreateFloor.js" };

/** Bundles spacegate with `wrangler deploy --dry-run --outdir`; answers the module's path. */
export function buildSpacegate(outdir) {
  runWrangler(["deploy", "--dry-run", "--outdir", outdir], { quiet: true });
  return join(outdir, "index.js");
}

/** Bundles each reference worker into `outdir/<name>.js`; answers their paths by name. */
export async function buildReferenceWorkers(outdir) {
  const paths = {};
  for (const [name, file] of Object.entries(REFERENCE_WORKERS)) {
    paths[name] = join(outdir, `${name}.js`);
    await build({
      entryPoints: [join(ROOT, "bench", "workers", file)],
      outfile: paths[name],
      bundle: true,
      format: "esm",
      target: "es2022",
      platform: "neutral",
      // The conditions wrangler resolves with, so jose picks the same build.
      conditions: ["workerd", "worker", "browser"],
      mainFields: ["module", "main"],
      logLevel: "warning",
    });
  }
  return paths;
}

/** `compatibility_date` and `[vars]` of wrangler.toml, the configuration spacegate is deployed with. */
export function readWranglerConfig() {
  const toml = readFileSync(join(ROOT, "wrangler.toml"), "utf8");
  const compatibilityDate = /^compatibility_date\s*=\s*"([^"]+)"/m.exec(toml)?.[1];
  const varsBlock = /^\[vars\]\n([\s\S]*?)(?:\n\[|$)/m.exec(toml)?.[1] ?? "";
  const vars = Object.fromEntries([...varsBlock.matchAll(/^([A-Z0-9_]+)\s*=\s*"([^"]*)"/gm)].map((m) => [m[1], m[2]]));
  if (!compatibilityDate) throw new Error("wrangler.toml has no compatibility_date");
  return { compatibilityDate, vars };
}
