import type { components } from "../../client/spacegate";

export type ConsoleConfig = components["schemas"]["ConsoleConfig"];

/** The console's configuration, from `GET /console/config.json` beside the page. */
export async function loadConfig(): Promise<ConsoleConfig> {
  const response = await fetch(new URL("config.json", consoleUrl()), { cache: "no-cache" });
  if (!response.ok) throw new Error(`The console's configuration could not be loaded (HTTP ${response.status}).`);
  return (await response.json()) as ConsoleConfig;
}

/** The console's own URL, `{origin}/console/`: the OpenID Connect redirect URI too. */
export function consoleUrl(): string {
  return new URL(import.meta.env.BASE_URL, location.origin).href;
}
