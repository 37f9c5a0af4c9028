import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { decodeJwt } from "jose";
import { describe, expect, it } from "vitest";
import worker from "../../src/index";
import { purgeExpiredRecords } from "../../src/maintenance/purgeExpiredRecords";
import { callAs, spaceIdFrom, uniqueUser } from "../support/api";
import { userToken } from "../support/tokens";
import { expectApiError, expectSpaceCreated } from "../support/expectApiError";
import { countRows } from "../support/dbRows";
import { postSpaceWithKey, REPLAYED_HEADER, uniqueKey } from "../support/idempotency";
import { inviteToken, ownedSpace } from "../support/spaces";

// The hourly purge (src/maintenance/purgeExpiredRecords.ts), run as the
// platform runs it: through the worker's own scheduled handler.

const HOUR_SECONDS = 60 * 60;
const KEY_RETENTION_SECONDS = 24 * HOUR_SECONDS;

/** Runs the worker's own cron handler, as the platform would, and waits for it to finish. */
async function runScheduledPurge(): Promise<void> {
  const handler = (worker as ExportedHandler<Env>).scheduled;
  expect(handler, "the worker exports a scheduled handler").toBeTypeOf("function");
  const ctx = createExecutionContext();
  await handler!(createScheduledController({ scheduledTime: Date.now(), cron: "0 * * * *" }), env, ctx);
  await waitOnExecutionContext(ctx);
}

/** Moves one row's time column back by `seconds`. */
async function backdate(table: string, column: string, where: string, value: string, seconds: number): Promise<void> {
  const updated = await env.DB.prepare(`UPDATE ${table} SET ${column} = ${column} - ?1 WHERE ${where} = ?2`).bind(seconds, value).run();
  expect(updated.meta.changes).toBe(1);
}

/** Sets a spent token's recorded expiry, in unix seconds. */
async function setExpiry(jti: string, expiresAt: number): Promise<void> {
  const updated = await env.DB.prepare("UPDATE spent_tokens SET expires_at = ?1 WHERE jti = ?2").bind(expiresAt, jti).run();
  expect(updated.meta.changes).toBe(1);
}

/** A fresh user's access token. */
const freshToken = () => userToken(uniqueUser("purge"));

describe("the scheduled purge: Idempotency-Key retention", () => {
  it("purges keys older than 24 h, keeps younger ones, and forgets a purged key", async () => {
    const token = await freshToken();
    const [expiredKey, agedKey, freshKey] = [uniqueKey(), uniqueKey(), uniqueKey()];
    const expired = spaceIdFrom(await postSpaceWithKey(token, expiredKey, { name: "Expired key" }));
    const aged = spaceIdFrom(await postSpaceWithKey(token, agedKey, { name: "Aged key" }));
    const fresh = spaceIdFrom(await postSpaceWithKey(token, freshKey, { name: "Fresh key" }));
    await backdate("idempotency_keys", "created_at", "space_id", expired, KEY_RETENTION_SECONDS + HOUR_SECONDS);
    await backdate("idempotency_keys", "created_at", "space_id", aged, KEY_RETENTION_SECONDS - HOUR_SECONDS);

    await runScheduledPurge();

    expect(await countRows("idempotency_keys", "space_id", expired)).toBe(0);
    expect(await countRows("idempotency_keys", "space_id", aged)).toBe(1);
    expect(await countRows("idempotency_keys", "space_id", fresh)).toBe(1);
    // The purge forgets keys, never spaces.
    expect(await countRows("spaces", "id", expired)).toBe(1);
    // A purged key is free again; a kept one still guards its request.
    const reused = await postSpaceWithKey(token, expiredKey, { name: "Another" });
    await expectSpaceCreated(reused);
    expect(spaceIdFrom(reused)).not.toBe(expired);
    await expectApiError(await postSpaceWithKey(token, agedKey, { name: "Another" }), 422, "idempotency_key_reused");
    await expectApiError(await postSpaceWithKey(token, freshKey, { name: "Another" }), 422, "idempotency_key_reused");
  });

  it("keeps a key for at least 24 h: a replay of a 23 h old key still answers the original", async () => {
    const token = await freshToken();
    const key = uniqueKey();
    const first = await postSpaceWithKey(token, key, { name: "Day old" });
    await backdate("idempotency_keys", "created_at", "space_id", spaceIdFrom(first), KEY_RETENTION_SECONDS - HOUR_SECONDS);
    await runScheduledPurge();
    const replay = await postSpaceWithKey(token, key, { name: "Day old" });
    expect(replay.headers.get(REPLAYED_HEADER)).toBe("true");
    expect(replay.headers.get("Location")).toBe(first.headers.get("Location"));
  });
});

describe("the scheduled purge: spent single-use tokens", () => {
  it("drops a spent token once it is past its expiry and the clock margin, and keeps one still within them", async () => {
    const space = await ownedSpace();
    const spent: string[] = [];
    for (let i = 0; i < 2; i++) {
      const invite = await inviteToken(space.ownerToken, space.spaceId);
      expect((await callAs(await freshToken(), "POST", "/user/spaces/join", { token: invite })).status).toBe(201);
      spent.push(String(decodeJwt(invite).jti));
    }
    const [expired, kept] = spent as [string, string];
    // One expired an hour ago, past the five-minute clock margin; the other expired a minute ago, within it.
    const now = Math.floor(Date.now() / 1000);
    await setExpiry(expired, now - HOUR_SECONDS);
    await setExpiry(kept, now - 60);

    await runScheduledPurge();

    expect(await countRows("spent_tokens", "jti", expired)).toBe(0);
    expect(await countRows("spent_tokens", "jti", kept)).toBe(1);
    // The purge forgets spent tokens, never what they granted.
    expect(await countRows("space_members", "space_id", space.spaceId)).toBe(3);
  });
});

describe("the purge in chunks", () => {
  it("deletes every expired row in chunks of chunkRows, however many chunks that takes, and no row that has not expired", async () => {
    const now = Math.floor(Date.now() / 1000);
    const run = `chunks-${crypto.randomUUID()}`;
    const insert = (i: number, createdAt: number, expiresAt: number) => [
      env.DB.prepare("INSERT INTO idempotency_keys (principal, idempotency_key, request_hash, space_id, created_at) VALUES (?1, ?2, 'h', 's', ?3)")
        .bind(`user:${run}`, `key-${i}`, createdAt),
      env.DB.prepare("INSERT INTO spent_tokens (jti, subject_id, spent_at, expires_at, kind, claim_id) VALUES (?1, 's', ?2, ?3, 'space-invite+jwt', 'c')")
        .bind(`${run}-${i}`, createdAt, expiresAt),
    ];
    // Seven expired rows in each table (three chunks of three, the last one short) and two live ones.
    const rows = [];
    for (let i = 0; i < 7; i++) rows.push(...insert(i, now - KEY_RETENTION_SECONDS - HOUR_SECONDS, now - HOUR_SECONDS));
    for (let i = 7; i < 9; i++) rows.push(...insert(i, now, now + HOUR_SECONDS));
    await env.DB.batch(rows);

    await purgeExpiredRecords(env.DB, now, 3);

    expect(await countRows("idempotency_keys", "principal", `user:${run}`)).toBe(2);
    const left = await env.DB.prepare("SELECT jti FROM spent_tokens WHERE jti LIKE ?1 ORDER BY jti").bind(`${run}-%`).all<{ jti: string }>();
    expect(left.results.map((row) => row.jti)).toEqual([`${run}-7`, `${run}-8`]);
  });
});
