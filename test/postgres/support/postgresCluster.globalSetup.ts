import type { TestProject } from "vitest/node";
import { startPostgresCluster } from "../../support/postgresCluster.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** The throwaway cluster's superuser URL (with its password). */
    postgresUrl: string;
  }
}

/** One cluster for the whole suite, stopped and removed when it ends. */
export default async function setup(project: TestProject) {
  const cluster = await startPostgresCluster();
  project.provide("postgresUrl", cluster.url);
  return () => cluster.stop();
}
