import { existsSync, readFileSync } from "node:fs";
import { readEnvFile } from "../../scripts/lib/devConfig.mjs";

/**
 * The worker's configuration on Bun and Deno, by the names declared in
 * wrangler.toml (`[vars]` with their defaults, and `[secrets] required`): an
 * environment variable that is set, even to "", wins; then `.dev.vars`; then
 * the default. No other environment variable reaches the worker.
 */
export function readSettings(
  environment: Record<string, string | undefined>,
  { wranglerToml = "wrangler.toml", devVars = ".dev.vars" } = {},
): Record<string, string> {
  const declared = declaredSettings(readFileSync(wranglerToml, "utf8"));
  const local: Record<string, string> = existsSync(devVars) ? readEnvFile(devVars) : {};
  const settings: Record<string, string> = {};
  for (const [name, fallback] of declared) {
    settings[name] = environment[name] ?? local[name] ?? fallback;
  }
  return settings;
}

/** Every `[vars]` name with its default, and every required secret (default ""). */
export function declaredSettings(toml: string): Map<string, string> {
  const declared = new Map<string, string>();
  let section = "";
  for (const rawLine of toml.split("\n")) {
    const line = rawLine.trim();
    const header = /^\[([^\]]+)\]$/.exec(line);
    if (header) {
      section = header[1]!;
      continue;
    }
    if (section === "vars") {
      const entry = /^([A-Z0-9_]+)\s*=\s*"((?:[^"\\]|\\.)*)"/.exec(line);
      if (entry) declared.set(entry[1]!, JSON.parse(`"${entry[2]}"`));
    } else if (section === "secrets") {
      const required = /^required\s*=\s*\[(.*)\]/.exec(line);
      for (const name of required?.[1]?.match(/[A-Z0-9_]+/g) ?? []) declared.set(name, "");
    }
  }
  return declared;
}

/** The `[assets] directory` of wrangler.toml (the worker's static files), or undefined. */
export function assetsDirectory(toml: string): string | undefined {
  const section = /^\[assets\]\s*$([\s\S]*?)(?=^\[|(?![\s\S]))/m.exec(toml)?.[1] ?? "";
  return /^\s*directory\s*=\s*"([^"]+)"/m.exec(section)?.[1];
}
