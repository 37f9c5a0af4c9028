// npm run token -- --user ID [--ttl SECONDS]: prints a dev user access token signed with the key in .dev.vars.
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { mintUserToken, readEnvFile } from "./lib/devConfig.mjs";

const { values } = parseArgs({
  options: { user: { type: "string", default: "dev-user" }, ttl: { type: "string", default: String(12 * 60 * 60) } },
});
const ttlSeconds = Number(values.ttl);
if (!values.user || !Number.isSafeInteger(ttlSeconds) || ttlSeconds <= 0) {
  console.error("usage: npm run token -- --user ID [--ttl SECONDS]");
  process.exit(2);
}
if (!existsSync(".dev.vars")) {
  console.error("No .dev.vars yet: run `npm start` once to generate the local keys.");
  process.exit(1);
}
console.log(await mintUserToken(readEnvFile(".dev.vars"), values.user, ttlSeconds));
