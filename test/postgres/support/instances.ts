// Several Bun instances over one PostgreSQL database, as behind a load balancer: one zone
// configuration (keys, issuers) for all of them, so a token one instance issues is good at
// every other, each its own process and port. Started together (in parallel), stopped at the end.
import { generateDevConfig, mintUserToken } from "../../../scripts/lib/devConfig.mjs";
import { startHost } from "../../e2e/support/hostProcess.ts";

export type Instance = Awaited<ReturnType<typeof startHost>>;

export interface Instances {
  readonly all: readonly Instance[];
  /** The zone configuration every instance shares (DEV_IDP_PRIVATE_JWK mints user tokens). */
  readonly devConfig: Record<string, string>;
  /** A user access token from the identity provider every instance trusts; `name` becomes the token's `name` claim. */
  userToken(userId: string, name?: string): Promise<string>;
  /** Stops every instance still running (SIGTERM, waiting for each to exit). */
  stop(): Promise<void>;
}

/** Rate limits far above what a test sends: each instance counts its own (docs/scaling-out.md), and these tests measure the database. */
const UNLIMITED = { CALLER_RATE_LIMIT: "1000000/60", ANONYMOUS_RATE_LIMIT: "1000000/60" };

/**
 * Starts `count` Bun instances at once over `databaseUrl` (each applying the
 * migrations under the advisory lock, as a fleet starting together does),
 * with `settings` for the worker (e.g. MAX_SPACES_PER_USER) and a pool of
 * `poolMax` connections each.
 */
export async function startInstances(
  count: number,
  databaseUrl: string,
  { settings = {}, poolMax = 4 }: { settings?: Record<string, string>; poolMax?: number } = {},
): Promise<Instances> {
  const devConfig = await generateDevConfig({ origin: "http://zone.spacegate.test" });
  const environment = { DATABASE_URL: databaseUrl, DATABASE_POOL_MAX: String(poolMax) };
  const started = await Promise.allSettled(
    Array.from({ length: count }, () => startHost("bun", { devConfig, settings: { ...UNLIMITED, ...settings }, environment, captureStderr: true })),
  );
  const all = started.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
  const stop = async () => void (await Promise.all(all.map((instance) => instance.stop())));
  const failed = started.find((result) => result.status === "rejected");
  if (failed) {
    await stop();
    throw failed.reason;
  }
  return {
    all,
    devConfig,
    userToken: (userId, name) => mintUserToken(devConfig, userId, undefined, name === undefined ? {} : { name }),
    stop,
  };
}
