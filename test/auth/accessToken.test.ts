import { describe, expect, it } from "vitest";
import { call, callAs, spaceIdFrom, uniqueUser } from "../support/api";
import { userToken } from "../support/tokens";
import { expectInvalidToken, expectSpaceCreated, expectUnauthorized } from "../support/expectApiError";

const GARBAGE_TOKEN = "garbage.not-a.jwt";

function postSpace(headers: Record<string, string>, path = "/spaces"): Promise<Response> {
  return call(path, { method: "POST", headers });
}

/** The id of the user who owns a space, read back by `reader`. */
async function creatorOf(spaceId: string, readerToken: string): Promise<unknown> {
  const read = await callAs(readerToken, "GET", `/spaces/${spaceId}`);
  expect(read.status).toBe(200);
  return ((await read.json()) as { creator: unknown }).creator;
}

describe("access token headers", () => {
  it("accepts a token in X-Auth-Token", async () => {
    const user = uniqueUser();
    const response = await postSpace({ "X-Auth-Token": await userToken(user) });
    await expectSpaceCreated(response);
  });

  it("accepts a token in Authorization: Bearer", async () => {
    const response = await postSpace({ Authorization: `Bearer ${await userToken(uniqueUser())}` });
    await expectSpaceCreated(response);
  });

  it.each(["bearer", "BEARER", "bEaReR"])("accepts the Authorization scheme spelled %s (case-insensitive)", async (scheme) => {
    const response = await postSpace({ Authorization: `${scheme} ${await userToken(uniqueUser())}` });
    await expectSpaceCreated(response);
  });

  it("accepts a token in the legacy macaroon header", async () => {
    const response = await postSpace({ macaroon: await userToken(uniqueUser()) });
    await expectSpaceCreated(response);
  });

  it("creates the space for the user the token names", async () => {
    const user = uniqueUser();
    const token = await userToken(user);
    const created = await postSpace({ Authorization: `Bearer ${token}` });
    expect(created.status).toBe(201);
    expect(await creatorOf(spaceIdFrom(created), token)).toEqual({ type: "user", id: user });
  });

  it("answers 401 unauthorized with a Bearer challenge when no token is sent", async () => {
    await expectUnauthorized(await postSpace({}));
  });

  it("answers 401 unauthorized for an Authorization header of another scheme", async () => {
    const response = await postSpace({ Authorization: `Basic ${btoa("user:password")}` });
    await expectUnauthorized(response);
  });

  it("answers 401 unauthorized for a Bearer scheme without a token", async () => {
    await expectUnauthorized(await postSpace({ Authorization: "Bearer " }));
  });

  it.each(["X-Auth-Token", "Authorization", "macaroon"])(
    "answers 401 invalid_token with an invalid_token challenge for a garbage token in %s",
    async (header) => {
      const value = header === "Authorization" ? `Bearer ${GARBAGE_TOKEN}` : GARBAGE_TOKEN;
      await expectInvalidToken(await postSpace({ [header]: value }));
    },
  );

  it.each(["access_token", "token", "macaroon", "X-Auth-Token"])(
    "ignores a valid token in the query string parameter %s (401 unauthorized)",
    async (parameter) => {
      const token = await userToken(uniqueUser());
      const response = await postSpace({}, `/spaces?${parameter}=${encodeURIComponent(token)}`);
      await expectUnauthorized(response);
    },
  );
});

describe("access token precedence (X-Auth-Token, then Authorization, then macaroon)", () => {
  it("X-Auth-Token wins over a garbage Authorization header", async () => {
    const response = await postSpace({
      "X-Auth-Token": await userToken(uniqueUser()),
      Authorization: `Bearer ${GARBAGE_TOKEN}`,
    });
    await expectSpaceCreated(response);
  });

  it("a garbage X-Auth-Token is refused even with a valid Authorization header", async () => {
    const response = await postSpace({
      "X-Auth-Token": GARBAGE_TOKEN,
      Authorization: `Bearer ${await userToken(uniqueUser())}`,
    });
    await expectInvalidToken(response);
  });

  it("Authorization wins over a garbage macaroon header", async () => {
    const response = await postSpace({
      Authorization: `Bearer ${await userToken(uniqueUser())}`,
      macaroon: GARBAGE_TOKEN,
    });
    await expectSpaceCreated(response);
  });

  it("a garbage Authorization token is refused even with a valid macaroon header", async () => {
    const response = await postSpace({
      Authorization: `Bearer ${GARBAGE_TOKEN}`,
      macaroon: await userToken(uniqueUser()),
    });
    await expectInvalidToken(response);
  });

  it("X-Auth-Token wins over a garbage macaroon header", async () => {
    const response = await postSpace({ "X-Auth-Token": await userToken(uniqueUser()), macaroon: GARBAGE_TOKEN });
    await expectSpaceCreated(response);
  });

  it("a garbage X-Auth-Token is refused even with a valid macaroon header", async () => {
    const response = await postSpace({ "X-Auth-Token": GARBAGE_TOKEN, macaroon: await userToken(uniqueUser()) });
    await expectInvalidToken(response);
  });

  it("with two valid tokens, the X-Auth-Token user becomes the owner, not the Authorization user", async () => {
    const first = uniqueUser("first");
    const second = uniqueUser("second");
    const firstToken = await userToken(first);
    const secondToken = await userToken(second);
    const created = await postSpace({ "X-Auth-Token": firstToken, Authorization: `Bearer ${secondToken}` });
    expect(created.status).toBe(201);
    const spaceId = spaceIdFrom(created);
    expect(await creatorOf(spaceId, firstToken)).toEqual({ type: "user", id: first });
    const bySecond = await callAs(secondToken, "GET", "/user/spaces");
    expect(await bySecond.json()).toEqual({ spaces: [] });
  });

  it("with two valid tokens, the Authorization user becomes the owner, not the macaroon user", async () => {
    const first = uniqueUser("first");
    const second = uniqueUser("second");
    const firstToken = await userToken(first);
    const secondToken = await userToken(second);
    const created = await postSpace({ Authorization: `Bearer ${firstToken}`, macaroon: secondToken });
    expect(created.status).toBe(201);
    expect(await creatorOf(spaceIdFrom(created), firstToken)).toEqual({ type: "user", id: first });
    const bySecond = await callAs(secondToken, "GET", "/user/spaces");
    expect(await bySecond.json()).toEqual({ spaces: [] });
  });
});

describe("access tokens under the 3.0 base path", () => {
  it.each(["X-Auth-Token", "Authorization", "macaroon"])("accepts a token in %s at /api/v3/onezone/spaces", async (header) => {
    const token = await userToken(uniqueUser());
    const value = header === "Authorization" ? `Bearer ${token}` : token;
    await expectSpaceCreated(await postSpace({ [header]: value }, "/api/v3/onezone/spaces"));
  });

  it("answers 401 unauthorized at /api/v3/onezone/spaces without a token", async () => {
    await expectUnauthorized(await postSpace({}, "/api/v3/onezone/spaces"));
  });

  it("answers 401 invalid_token at /api/v3/onezone/spaces for a garbage token", async () => {
    await expectInvalidToken(await postSpace({ macaroon: GARBAGE_TOKEN }, "/api/v3/onezone/spaces"));
  });
});
