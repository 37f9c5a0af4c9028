// A PostgreSQL outage seen through a Bun instance, with a cluster of this file's own: while the
// server is down every answer that needs it is the JSON 503 `unavailable` with Retry-After, none
// hangs, readiness is 503 and liveness 200; once it is back the same instance writes again, with
// no restart, and what was written before is still there. (Provider registration and lookup are
// the routes whose statements already run on PostgreSQL: docs/scaling-out.md.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mintUserToken } from "../../scripts/lib/devConfig.mjs";
import { startHost } from "../e2e/support/hostProcess.ts";
import { type PostgresCluster, startPostgresCluster } from "../support/postgresCluster.ts";

let cluster: PostgresCluster;
let host: Awaited<ReturnType<typeof startHost>>;
beforeAll(async () => {
  cluster = await startPostgresCluster();
  host = await startHost("bun", { environment: { DATABASE_URL: cluster.url, DATABASE_POOL_MAX: "3" }, captureStderr: true });
});
afterAll(async () => {
  await host?.stop();
  cluster?.stop();
});

const at = (path: string) => `${host.baseUrl}${path}`;
const asAdmin = async () => ({ "X-Auth-Token": await mintUserToken(host.devConfig, "admin"), "Content-Type": "application/json" });
const register = async (name: string) => fetch(at("/providers"), { method: "POST", headers: await asAdmin(), body: JSON.stringify({ name }) });

async function expectUnavailable(response: Response): Promise<void> {
  expect({ status: response.status, retryAfter: response.headers.get("retry-after"), body: await response.json() }).toEqual({
    status: 503,
    retryAfter: "5",
    body: { error: "unavailable", error_description: expect.any(String) },
  });
}

describe("Bun over PostgreSQL through an outage", () => {
  it("answers 503 unavailable at once while PostgreSQL is down, and writes again once it is back, without a restart", async () => {
    const before = await register("Before the outage");
    expect(before.status).toBe(201);
    const { providerId, token } = (await before.json()) as { providerId: string; token: string };
    const asProvider = { "X-Auth-Token": token };
    expect((await fetch(at(`/providers/${providerId}`), { headers: asProvider })).status).toBe(200);

    cluster.shutDown();
    const started = Date.now();
    await expectUnavailable(await register("During the outage"));
    await expectUnavailable(await fetch(at(`/providers/${providerId}`), { headers: asProvider }));
    await expectUnavailable(await fetch(at("/readyz")));
    expect((await fetch(at("/healthz"))).status).toBe(200);
    expect(Date.now() - started).toBeLessThan(10_000);

    cluster.startAgain();
    expect((await fetch(at("/readyz"))).status).toBe(200);
    const after = await register("After the outage");
    expect(after.status).toBe(201);
    const read = await fetch(at(`/providers/${providerId}`), { headers: asProvider });
    expect([read.status, await read.json()]).toEqual([200, { providerId, name: "Before the outage" }]);
    expect(host.process.exitCode).toBeNull();
  });
});
