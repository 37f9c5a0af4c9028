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
 * Global setup: starts the host named by E2E_HOST (wrangler, bun or deno; set
 * from `vitest --mode NAME` in vitest.config.ts) and stops it after the run.
 */
export default async function setup(project: TestProject) {
  const name = (process.env.E2E_HOST ?? "wrangler") as HostName;
  if (!HOST_NAMES.includes(name)) throw new Error(`E2E_HOST must be one of ${HOST_NAMES.join(", ")}, not ${name}`);
  const host = await startHost(name);
  project.provide("baseUrl", host.baseUrl);
  project.provide("devConfig", host.devConfig);
  project.provide("hostName", name);
  return () => host.stop();
}
