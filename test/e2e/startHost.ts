import type { TestProject } from "vitest/node";
import { HOST_NAMES, type HostName, startHost } from "./support/hostProcess.ts";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    devConfig: Record<string, string>;
    hostName: HostName;
  }
}

/**
 * Bun and Deno see every test's client address as 127.0.0.1, so the general
 * run raises their anonymous limit lest one file's bad tokens refuse
 * another's (on wrangler dev each file claims its own address; see api.ts).
 * limits.e2e.ts tests the limits on a host of its own.
 */
const GENERAL_RUN_SETTINGS = { ANONYMOUS_RATE_LIMIT: "100000/60" };

/**
 * Global setup: starts the host named by E2E_HOST (wrangler, bun or deno; set
 * from `vitest --mode NAME` in vitest.config.ts) and stops it after the run.
 */
export default async function setup(project: TestProject) {
  const name = (process.env.E2E_HOST ?? "wrangler") as HostName;
  if (!HOST_NAMES.includes(name)) throw new Error(`E2E_HOST must be one of ${HOST_NAMES.join(", ")}, not ${name}`);
  const host = await startHost(name, { settings: GENERAL_RUN_SETTINGS });
  project.provide("baseUrl", host.baseUrl);
  project.provide("devConfig", host.devConfig);
  project.provide("hostName", name);
  return () => host.stop();
}
