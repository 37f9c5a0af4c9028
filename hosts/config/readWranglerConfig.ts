import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseWranglerConfig, type WranglerConfig } from "./parseWranglerConfig.ts";

/** The project's wrangler.toml. */
export const WRANGLER_TOML = fileURLToPath(new URL("../../wrangler.toml", import.meta.url));

/** The wrangler configuration at `path` (the project's by default), parsed and checked (parseWranglerConfig). */
export function readWranglerConfig(path: string = WRANGLER_TOML): WranglerConfig {
  return parseWranglerConfig(readFileSync(path, "utf8"));
}
