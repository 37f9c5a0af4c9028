// Faults across three Bun instances over one PostgreSQL cluster of this file's own (it is shut
// down and started again): a serialization failure forced at the HTTP level is retried and
// writes once; PostgreSQL stopped during a load gives only successes and the JSON 503, never a
// hang, and every instance writes again once it is back; an instance killed (SIGKILL) during a
// load loses no acknowledged write. The tests share the instances and run in order: the last
// one kills an instance.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type PostgresCluster, startPostgresCluster } from "../support/postgresCluster.ts";
import { call, expectError, idIn, isUnavailable, type Reply } from "./support/http.ts";
import { type Instance, type Instances, startInstances } from "./support/instances.ts";
import { type Load, type Sent, startLoad } from "./support/load.ts";

let cluster: PostgresCluster;
let fleet: Instances;
let db: pg.Client | undefined;
beforeAll(async () => {
  cluster = await startPostgresCluster();
  fleet = await startInstances(3, cluster.url);
});
afterAll(async () => {
  await db?.end().catch(() => undefined);
  await fleet?.stop();
  cluster?.stop();
});

/** A client of the database that the test holds itself (opened again after an outage). */
async function database(): Promise<pg.Client> {
  if (!db) {
    db = new pg.Client(cluster.url);
    db.on("error", () => undefined);
    await db.connect();
  }
  return db;
}

const user = (prefix: string) => `${prefix}-${crypto.randomUUID()}`;
const count = async (query: string, values: unknown[]): Promise<number> => Number((await (await database()).query(query, values)).rows[0].n);

/** Load users, each with a token, created before the load so that minting costs nothing during it. */
async function loadUsers(n: number, prefix: string): Promise<{ id: string; token: string }[]> {
  return Promise.all(Array.from({ length: n }, async () => {
    const id = user(prefix);
    return { id, token: await fleet.userToken(id) };
  }));
}

/** Creates from `clients` clients, client k on instance k mod 3 as user k. */
function createLoad(instances: readonly Instance[], users: { token: string }[], options?: { stopOnError?: boolean }): Load {
  return startLoad(users.length, (client, n) =>
    call(instances[client % instances.length]!.baseUrl, "POST", "/spaces", { token: users[client]!.token, body: { name: `Load ${client}.${n}` }, timeoutMs: 15_000 }), options);
}

const created = (sent: readonly Sent[]) => sent.filter((entry) => entry.reply?.status === 201);

/** Waits until a backend of a spacegate instance waits for a lock (the request is blocked on the row the test holds). */
async function untilSpacegateWaitsForALock(client: pg.Client): Promise<void> {
  for (const started = Date.now(); Date.now() - started < 10_000; await new Promise((resolve) => setTimeout(resolve, 20))) {
    const { rows } = await client.query("SELECT COUNT(*)::int AS n FROM pg_stat_activity WHERE application_name = 'spacegate' AND wait_event_type = 'Lock'");
    if (rows[0].n > 0) return;
  }
  throw new Error("no spacegate request came to wait for the lock");
}

const SERIALIZATION_FAILURE = /could not serialize access/g;

/**
 * Sends `request` while another transaction holds `rowLock` (an UPDATE of a row the request's
 * batch writes too), commits that transaction once the request waits for it, and answers the
 * request's reply: PostgreSQL fails the request's transaction with 40001, the instance runs it again.
 */
async function againstAConflict(rowLock: { text: string; values: unknown[] }, request: () => Promise<Reply>): Promise<Reply> {
  const holder = new pg.Client(cluster.url);
  await holder.connect();
  try {
    const failuresBefore = cluster.log().match(SERIALIZATION_FAILURE)?.length ?? 0;
    await holder.query("BEGIN ISOLATION LEVEL SERIALIZABLE");
    expect((await holder.query(rowLock.text, rowLock.values)).rowCount).toBe(1);
    const reply = request();
    await untilSpacegateWaitsForALock(await database());
    await holder.query("COMMIT");
    const answered = await reply;
    // The conflict did happen: PostgreSQL logged the request's serialization failure.
    expect(cluster.log().match(SERIALIZATION_FAILURE)?.length ?? 0).toBeGreaterThan(failuresBefore);
    return answered;
  } finally {
    await holder.end();
  }
}

describe("faults across three Bun instances over one PostgreSQL", () => {
  it("a serialization failure forced on a create is retried: 201, one space, one membership", async () => {
    const owner = user("conflicted");
    await (await database()).query("INSERT INTO users (id, name) VALUES ($1, 'Before')", [owner]);
    const token = await fleet.userToken(owner, "Owner");
    // The create upserts the caller's `users` row (its `name` claim): the test updates that row first.
    const reply = await againstAConflict({ text: "UPDATE users SET name = 'Held' WHERE id = $1", values: [owner] }, () =>
      call(fleet.all[0]!.baseUrl, "POST", "/spaces", { token, body: { name: "Conflicted" } }));
    const spaceId = idIn(reply);
    expect(await count("SELECT COUNT(*) AS n FROM spaces WHERE owner_id = $1", [owner])).toBe(1);
    expect(await count("SELECT COUNT(*) AS n FROM space_members WHERE user_id = $1 AND space_id = $2", [owner, spaceId])).toBe(1);
    // The retry ran after the other transaction: its name is the one kept.
    expect((await (await database()).query("SELECT name FROM users WHERE id = $1", [owner])).rows).toEqual([{ name: "Owner" }]);
    expect((await call(fleet.all[1]!.baseUrl, "GET", "/user/spaces", { token })).body).toMatchObject({ spaces: [spaceId] });
  });

  it("a serialization failure forced on a join with an invite token is retried: 201, one member, the token spent once", async () => {
    const owner = user("inviter");
    const ownerToken = await fleet.userToken(owner);
    const spaceId = idIn(await call(fleet.all[0]!.baseUrl, "POST", "/spaces", { token: ownerToken, body: { name: "Joined" } }));
    const invite = await call(fleet.all[1]!.baseUrl, "GET", `/spaces/${spaceId}/users/token`, { token: ownerToken });
    expect(invite.status).toBe(200);
    const joiner = user("joiner");
    await (await database()).query("INSERT INTO users (id, name) VALUES ($1, 'Before')", [joiner]);
    const joinerToken = await fleet.userToken(joiner, "Joiner");
    const reply = await againstAConflict({ text: "UPDATE users SET name = 'Held' WHERE id = $1", values: [joiner] }, () =>
      call(fleet.all[2]!.baseUrl, "POST", "/user/spaces/join", { token: joinerToken, body: { token: (invite.body as { token: string }).token } }));
    expect(reply.status).toBe(201);
    expect(await count("SELECT COUNT(*) AS n FROM space_members WHERE space_id = $1", [spaceId])).toBe(2);
    expect(await count("SELECT COUNT(*) AS n FROM spent_tokens WHERE subject_id = $1", [spaceId])).toBe(1);
    const members = await call(fleet.all[0]!.baseUrl, "GET", `/spaces/${spaceId}/users`, { token: ownerToken });
    expect(members.body).toEqual({ users: [owner, joiner] });
  });

  it("PostgreSQL stopped during a load: every answer a 201 or the JSON 503 with Retry-After, none hangs; readiness 503, liveness 200; back, every instance writes again", { timeout: 90_000 }, async () => {
    const admin = await fleet.userToken("admin");
    const registered = await call(fleet.all[0]!.baseUrl, "POST", "/providers", { token: admin, body: { name: "Before the outage" } });
    expect(registered.status).toBe(201);
    const provider = registered.body as { providerId: string; token: string };
    const users = await loadUsers(6, "outage");
    const load = createLoad(fleet.all, users);
    try {
      await load.until((sent) => created(sent).length >= 12);
      cluster.shutDown();
      const downAt = load.sent.length;
      await load.until((sent) => sent.length >= downAt + 12);
      for (const instance of fleet.all) {
        // Readiness and a provider's authentication need the database; liveness does not.
        for (const path of ["/readyz", `/providers/${provider.providerId}`]) {
          const reply = await call(instance.baseUrl, "GET", path, { token: provider.token, timeoutMs: 10_000 });
          expectError(reply, 503, "unavailable");
          expect(reply.retryAfter).toBe("5");
        }
        expect((await call(instance.baseUrl, "GET", "/healthz")).status).toBe(200);
      }
      cluster.startAgain();
    } finally {
      await load.stop();
    }
    await db?.end().catch(() => undefined); // its connection ended with the server
    db = undefined;
    // Bounded: no answer took 10 s (the connection timeout is 5 s); a request without an answer is listed too.
    expect(load.sent.filter(({ reply, ms }) => !reply || !(reply.status === 201 || isUnavailable(reply)) || ms >= 10_000)).toEqual([]);
    expect([...new Set(load.sent.map(({ reply }) => reply!.status))].sort()).toEqual([201, 503]);
    // Back: the same processes, no restart, ready and writing, and what was written before is there.
    for (const [index, instance] of fleet.all.entries()) {
      expect(instance.process.exitCode).toBeNull();
      expect((await call(instance.baseUrl, "GET", "/readyz")).status).toBe(200);
      expect((await call(instance.baseUrl, "POST", "/spaces", { token: users[index]!.token, body: { name: "After" } })).status).toBe(201);
      const read = await call(instance.baseUrl, "GET", `/providers/${provider.providerId}`, { token: provider.token });
      expect([read.status, read.body]).toEqual([200, { providerId: provider.providerId, name: "Before the outage" }]);
    }
    for (const entry of created(load.sent)) {
      const spaceId = idIn(entry.reply!);
      expect((await call(fleet.all[entry.client % 3]!.baseUrl, "GET", `/spaces/${spaceId}`, { token: users[entry.client]!.token })).status).toBe(200);
    }
  });

  it("an instance killed (SIGKILL) during a load of creates over all three loses no acknowledged create", { timeout: 90_000 }, async () => {
    const users = await loadUsers(9, "killed");
    const [first, second, victim] = fleet.all as [Instance, Instance, Instance];
    const load = createLoad(fleet.all, users, { stopOnError: true });
    try {
      await load.until((sent) => created(sent.filter((entry) => entry.client % 3 === 2)).length >= 10);
      victim.process.kill("SIGKILL");
      const killedAt = load.sent.length;
      await load.until((sent) => sent.length >= killedAt + 12);
    } finally {
      await load.stop();
    }
    expect(victim.process.signalCode).toBe("SIGKILL");
    const acknowledged = created(load.sent);
    const unanswered = load.sent.filter((entry) => entry.reply === undefined);
    // Only the victim's clients go unanswered (their instance is gone), and each of them does. Every
    // other answer is a 201, or the 503 of a create whose conflicts with the others outlasted its retries.
    expect(unanswered.map((entry) => entry.client % 3)).toEqual([2, 2, 2]);
    expect(load.sent.filter(({ reply }) => reply !== undefined && reply.status !== 201 && !isUnavailable(reply))).toEqual([]);
    for (const [index, entry] of acknowledged.entries()) {
      const through = index % 2 === 0 ? first : second;
      const read = await call(through.baseUrl, "GET", `/spaces/${idIn(entry.reply!)}`, { token: users[entry.client]!.token });
      expect(read.status).toBe(200);
    }
    const owners = users.map((u) => u.id);
    const stored = await count("SELECT COUNT(*) AS n FROM spaces WHERE owner_id = ANY($1)", [owners]);
    // Acknowledged creates are stored; at most the ones cut off unanswered were stored besides, and whole.
    expect(stored).toBeGreaterThanOrEqual(acknowledged.length);
    expect(stored).toBeLessThanOrEqual(acknowledged.length + unanswered.length);
    expect(await count(`SELECT COUNT(*) AS n FROM spaces s WHERE owner_id = ANY($1)
      AND NOT EXISTS (SELECT 1 FROM space_members m WHERE m.space_id = s.id AND m.user_id = s.owner_id)`, [owners])).toBe(0);
  });
});
