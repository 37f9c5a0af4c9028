import { decodeJwt } from "jose";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { callAs, spaceIdFrom, uniqueUser } from "../support/api";
import { userToken } from "../support/tokens";
import { expectSpaceCreated } from "../support/expectApiError";
import { expectGeneric500, sqlLiteral, withFailingInsert } from "../support/injectFailure";
import { registerProvider, spaceCreateToken, type RegisteredProvider } from "../support/providers";
import { countRows, expectNothingWritten, rowCounts } from "../support/dbRows";
import { postSpaceWithKey, REPLAYED_HEADER, uniqueKey } from "../support/idempotency";

/*
 * Fault injection: a real SQLite trigger makes D1 fail in the middle of a
 * create batch, on one table and for one test's rows only. The create must
 * answer a generic JSON 500 with a request id and no internals, leave no
 * partial row behind, and (for a provider) leave the creation token unspent,
 * so the very same request succeeds once the fault is gone.
 */

let provider: RegisteredProvider;

beforeAll(async () => {
  provider = await registerProvider();
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** Rows a provider create for `user` by `providerId` from `jti` could have left, table by table. */
async function providerCreateRows(providerId: string, user: string, jti: string) {
  return {
    spaces: await countRows("spaces", "creator_id", providerId),
    members: await countRows("space_members", "user_id", user),
    supports: await countRows("space_supports", "provider_id", providerId),
    spentTokens: await countRows("spent_tokens", "jti", jti),
  };
}

describe("a provider create that fails in the middle of its batch", () => {
  it.each([
    ["the space_supports insert, the last write", "space_supports", (p: string) => `NEW.provider_id = ${sqlLiteral(p)}`],
    ["the space_members insert", "space_members", (_p: string, user: string) => `NEW.user_id = ${sqlLiteral(user)}`],
    ["the spaces insert", "spaces", (p: string) => `NEW.creator_id = ${sqlLiteral(p)}`],
    ["the spent_tokens insert, the first write", "spent_tokens", (_p: string, _u: string, jti: string) => `NEW.jti = ${sqlLiteral(jti)}`],
  ])("failing on %s: a generic 500, zero partial rows, and the token still redeemable", async (_label, table, when) => {
    const dedicated = await registerProvider();
    const user = uniqueUser("fault");
    const token = await spaceCreateToken(await userToken(user));
    const jti = String(decodeJwt(token).jti);
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const before = await rowCounts();

    await withFailingInsert(table, when(dedicated.providerId, user, jti), async () => {
      const response = await callAs(dedicated.token, "POST", "/spaces", { token, name: "Doomed", size: 4096 });
      await expectGeneric500(response, logged);
    });

    await expectNothingWritten(before);
    expect(await providerCreateRows(dedicated.providerId, user, jti)).toEqual({ spaces: 0, members: 0, supports: 0, spentTokens: 0 });
    // The token was not spent: the same request succeeds now that the fault is gone.
    const retried = await callAs(dedicated.token, "POST", "/spaces", { token, name: "Doomed", size: 4096 });
    await expectSpaceCreated(retried);
    const spaceId = spaceIdFrom(retried);
    expect(await providerCreateRows(dedicated.providerId, user, jti)).toEqual({ spaces: 1, members: 1, supports: 1, spentTokens: 1 });
    const read = await callAs(await userToken(user), "GET", `/spaces/${spaceId}`);
    expect(await read.json()).toMatchObject({ name: "Doomed", providers: { [dedicated.providerId]: 4096 } });
  });
});

describe("a user create that fails in the middle of its batch", () => {
  it.each([
    ["the space_members insert, the last write", "space_members", (user: string) => `NEW.user_id = ${sqlLiteral(user)}`],
    ["the spaces insert, the first write", "spaces", (user: string) => `NEW.creator_id = ${sqlLiteral(user)}`],
  ])("failing on %s: a generic 500, zero partial rows, and the retry succeeds", async (_label, table, when) => {
    const user = uniqueUser("fault");
    const token = await userToken(user);
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const before = await rowCounts();
    await withFailingInsert(table, when(user), async () => {
      await expectGeneric500(await callAs(token, "POST", "/spaces", { name: "Doomed" }), logged);
    });
    await expectNothingWritten(before);
    const retried = await callAs(token, "POST", "/spaces", { name: "Doomed" });
    await expectSpaceCreated(retried);
    expect(await countRows("space_members", "user_id", user)).toBe(1);
    expect(await (await callAs(token, "GET", "/user/spaces")).json()).toEqual({ spaces: [spaceIdFrom(retried)] });
  });
});

describe("a create with an Idempotency-Key that fails in the middle of its batch", () => {
  it("keeps no key: the retry with the same key creates the space, not a replay of the failure", async () => {
    const user = uniqueUser("fault");
    const token = await userToken(user);
    const key = uniqueKey();
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const before = await rowCounts();
    await withFailingInsert("space_members", `NEW.user_id = ${sqlLiteral(user)}`, async () => {
      await expectGeneric500(await postSpaceWithKey(token, key, { name: "Keyed" }), logged);
    });
    await expectNothingWritten(before);
    const retried = await postSpaceWithKey(token, key, { name: "Keyed" });
    expect(retried.headers.get(REPLAYED_HEADER)).not.toBe("true");
    await expectSpaceCreated(retried);
    expect(await countRows("space_members", "user_id", user)).toBe(1);
  });

  it("failing on the key's own insert: a generic 500 and no space, for a user and for a provider", async () => {
    const user = uniqueUser("fault");
    const accessToken = await userToken(user);
    const creationToken = await spaceCreateToken(accessToken);
    const [userKey, providerKey] = [uniqueKey(), uniqueKey()];
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const before = await rowCounts();
    await withFailingInsert("idempotency_keys", `NEW.idempotency_key IN (${sqlLiteral(userKey)}, ${sqlLiteral(providerKey)})`, async () => {
      await expectGeneric500(await postSpaceWithKey(accessToken, userKey, {}), logged);
      await expectGeneric500(await postSpaceWithKey(provider.token, providerKey, { token: creationToken }), logged);
    });
    await expectNothingWritten(before);
    await expectSpaceCreated(await postSpaceWithKey(provider.token, providerKey, { token: creationToken }));
  });
});
