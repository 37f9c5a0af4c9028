// npm run console:build: builds the console and checks its first-load JavaScript against the budget.
import { buildConsole, FIRST_LOAD_JS_BUDGET_BYTES, measureFirstLoad } from "./lib/consoleBuild.mjs";

await buildConsole({ quiet: true });
const { files, totalGzipBytes } = measureFirstLoad();
if (files.length === 0) throw new Error("the built public/console/index.html loads no script");
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
for (const { file, gzipBytes } of files) console.log(`  ${file}  ${kib(gzipBytes)} gzip`);
console.log(`Console first-load JavaScript: ${kib(totalGzipBytes)} gzip (budget ${kib(FIRST_LOAD_JS_BUDGET_BYTES)}).`);
if (totalGzipBytes > FIRST_LOAD_JS_BUDGET_BYTES) {
  console.error("Over budget: the console's first load must stay within the budget (docs/console.md, \"How it is built\").");
  process.exit(1);
}
