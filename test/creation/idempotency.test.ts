import { beforeAll, describe, expect, it } from "vitest";
import { call, callAs, spaceIdFrom, uniqueUser } from "../support/api";
import { userToken } from "../support/tokens";
import { expectApiError, expectSpaceCreated } from "../support/expectApiError";
import { registerProvider, spaceCreateToken, type RegisteredProvider } from "../support/providers";
import { countRows, expectNothingWritten, rowCounts } from "../support/dbRows";
import { MAX_IDEMPOTENCY_KEY_CHARS, postSpaceWithKey, REPLAYED_HEADER, uniqueKey } from "../support/idempotency";

/*
 * `Idempotency-Key` on `POST /spaces` (draft-ietf-httpapi-idempotency-key-header):
 * a key is scoped to the calling principal; the same key with the same
 * request replays the original 201; with a different request it is a 422;
 * concurrent requests with one key create one space. Keys live at least
 * 24 h and are purged by the scheduled handler: test/maintenance.
 */

let provider: RegisteredProvider;

beforeAll(async () => {
  provider = await registerProvider();
});

/** A fresh user and their access token. */
async function freshUser(): Promise<{ user: string; token: string }> {
  const user = uniqueUser("idem");
  return { user, token: await userToken(user) };
}

/** Asserts a 201 replayed from an earlier one: the same Location, marked, with an empty body. */
async function expectReplayOf(original: Response, replay: Response): Promise<void> {
  expect(replay.headers.get(REPLAYED_HEADER)).toBe("true");
  await expectSpaceCreated(replay);
  expect(replay.headers.get("Location")).toBe(original.headers.get("Location"));
}


describe("Idempotency-Key: replay", () => {
  it("replays the original 201 and Location for the same key and body, marked Idempotent-Replayed: true, creating nothing", async () => {
    const { token } = await freshUser();
    const key = uniqueKey();
    const first = await postSpaceWithKey(token, key, { name: "Once" });
    expect(first.headers.get(REPLAYED_HEADER)).not.toBe("true");
    await expectSpaceCreated(first);
    const before = await rowCounts();
    for (let replay = 0; replay < 3; replay++) {
      await expectReplayOf(first, await postSpaceWithKey(token, key, { name: "Once" }));
    }
    await expectNothingWritten(before);
    const listed = await callAs(token, "GET", "/user/spaces");
    expect(await listed.json()).toEqual({ spaces: [spaceIdFrom(first)], default: null });
  });

  it("answers 422 idempotency_key_reused for the same key with a different body, creating nothing, and still replays the original", async () => {
    const { user, token } = await freshUser();
    const key = uniqueKey();
    const first = await postSpaceWithKey(token, key, { name: "Original" });
    expect(first.status).toBe(201);
    const before = await rowCounts();
    await expectApiError(await postSpaceWithKey(token, key, { name: "Different" }), 422, "idempotency_key_reused");
    await expectApiError(await postSpaceWithKey(token, key, {}), 422, "idempotency_key_reused");
    await expectNothingWritten(before);
    await expectReplayOf(first, await postSpaceWithKey(token, key, { name: "Original" }));
    expect(await countRows("space_members", "user_id", user)).toBe(1);
  });

  it("never deduplicates requests that carry no key", async () => {
    const { user, token } = await freshUser();
    const first = await postSpaceWithKey(token, undefined, { name: "Twice" });
    const second = await postSpaceWithKey(token, undefined, { name: "Twice" });
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.headers.get("Location")).not.toBe(first.headers.get("Location"));
    expect(await countRows("space_members", "user_id", user)).toBe(2);
  });

  it("lets a provider replay a redemption: the original 201, not 'token already used', and the token spent once", async () => {
    const { user, token: accessToken } = await freshUser();
    const creationToken = await spaceCreateToken(accessToken);
    const key = uniqueKey();
    const body = { token: creationToken, name: "Provided once", size: 1024 };
    const first = await postSpaceWithKey(provider.token, key, body);
    await expectSpaceCreated(first);
    const before = await rowCounts();
    await expectReplayOf(first, await postSpaceWithKey(provider.token, key, body));
    await expectNothingWritten(before);
    expect(await countRows("space_members", "user_id", user)).toBe(1);
    expect(await countRows("spent_tokens", "subject_id", spaceIdFrom(first))).toBe(1);
  });
});

describe("Idempotency-Key: scoped to the calling principal", () => {
  it("creates a new space when another user sends the same key and body", async () => {
    const alice = await freshUser();
    const bob = await freshUser();
    const key = uniqueKey();
    const byAlice = await postSpaceWithKey(alice.token, key, { name: "Shared key" });
    const byBob = await postSpaceWithKey(bob.token, key, { name: "Shared key" });
    await expectSpaceCreated(byAlice);
    await expectSpaceCreated(byBob);
    expect(byBob.headers.get(REPLAYED_HEADER)).not.toBe("true");
    expect(spaceIdFrom(byBob)).not.toBe(spaceIdFrom(byAlice));
    expect(await (await callAs(alice.token, "GET", "/user/spaces")).json()).toEqual({ spaces: [spaceIdFrom(byAlice)], default: null });
    expect(await (await callAs(bob.token, "GET", "/user/spaces")).json()).toEqual({ spaces: [spaceIdFrom(byBob)], default: null });
  });

  it("keeps a provider's key apart from a user's key of the same value", async () => {
    const owner = await freshUser();
    const key = uniqueKey();
    const byProvider = await postSpaceWithKey(provider.token, key, { token: await spaceCreateToken(owner.token) });
    const byUser = await postSpaceWithKey(owner.token, key, {});
    expect([byProvider.status, byUser.status]).toEqual([201, 201]);
    expect(byUser.headers.get(REPLAYED_HEADER)).not.toBe("true");
    expect(spaceIdFrom(byUser)).not.toBe(spaceIdFrom(byProvider));
  });
});

describe("Idempotency-Key: the key itself", () => {
  it(`accepts a key of ${MAX_IDEMPOTENCY_KEY_CHARS} characters and replays with it`, async () => {
    const { token } = await freshUser();
    const key = "k".repeat(MAX_IDEMPOTENCY_KEY_CHARS - 36) + uniqueKey();
    const first = await postSpaceWithKey(token, key, {});
    await expectSpaceCreated(first);
    await expectReplayOf(first, await postSpaceWithKey(token, key, {}));
  });

  it.each([
    [`${MAX_IDEMPOTENCY_KEY_CHARS + 1} characters`, "k".repeat(MAX_IDEMPOTENCY_KEY_CHARS + 1)],
    ["1,000 characters", "k".repeat(1000)],
    ["empty", ""],
  ])("refuses a key that is %s with 400 invalid_request, creating nothing", async (_label, key) => {
    const { token } = await freshUser();
    const before = await rowCounts();
    await expectApiError(await postSpaceWithKey(token, key, { name: "Refused" }), 400, "invalid_request");
    await expectNothingWritten(before);
  });

  it.each([
    ["two header lines", (headers: Headers) => { headers.append("Idempotency-Key", '"one"'); headers.append("Idempotency-Key", '"two"'); }],
    ["a comma-separated list of strings", (headers: Headers) => headers.set("Idempotency-Key", '"one", "two"')],
    ["a bare comma-separated list", (headers: Headers) => headers.set("Idempotency-Key", "one,two")],
  ])("refuses more than one key (%s) with 400 invalid_request, creating nothing", async (_label, setKeys) => {
    const { token } = await freshUser();
    const headers = new Headers({ "X-Auth-Token": token, "Content-Type": "application/json" });
    setKeys(headers);
    const before = await rowCounts();
    await expectApiError(await call("/spaces", { method: "POST", headers, body: "{}" }), 400, "invalid_request");
    await expectNothingWritten(before);
  });

  it("accepts one quoted key that holds a comma", async () => {
    const { token } = await freshUser();
    const key = `a,b-${uniqueKey()}`;
    const first = await postSpaceWithKey(token, key, {});
    await expectSpaceCreated(first);
    await expectReplayOf(first, await postSpaceWithKey(token, key, {}));
  });

  it("does not use up a key on a request refused before anything was created", async () => {
    const { token } = await freshUser();
    const key = uniqueKey();
    await expectApiError(await postSpaceWithKey(token, key, { name: "!" }), 400, "invalid_request");
    const corrected = await postSpaceWithKey(token, key, { name: "Corrected" });
    await expectSpaceCreated(corrected);
    expect(corrected.headers.get(REPLAYED_HEADER)).not.toBe("true");
  });
});

describe("Idempotency-Key: concurrency", () => {
  it("answers 30 concurrent requests with one key with 30 × 201 and one Location, creating one space", async () => {
    const { user, token } = await freshUser();
    const key = uniqueKey();
    const before = await countRows("space_members", "user_id", user);
    const responses = await Promise.all(Array.from({ length: 30 }, () => postSpaceWithKey(token, key, { name: "Raced" })));
    expect(responses.map((response) => response.status)).toEqual(Array(30).fill(201));
    expect(new Set(responses.map((response) => response.headers.get("Location"))).size).toBe(1);
    expect((await countRows("space_members", "user_id", user)) - before).toBe(1);
    const spaceId = spaceIdFrom(responses[0]!);
    expect(await countRows("spaces", "id", spaceId)).toBe(1);
  });

  it("answers 30 concurrent provider redemptions with one key and one creation token with 30 × 201 and one Location", async () => {
    const owner = await freshUser();
    const body = { token: await spaceCreateToken(owner.token), size: 1 };
    const key = uniqueKey();
    const responses = await Promise.all(Array.from({ length: 30 }, () => postSpaceWithKey(provider.token, key, body)));
    expect(responses.map((response) => response.status)).toEqual(Array(30).fill(201));
    expect(new Set(responses.map((response) => response.headers.get("Location"))).size).toBe(1);
    expect(await countRows("space_members", "user_id", owner.user)).toBe(1);
  });
});
