import { env } from "cloudflare:workers";
import { decodeJwt } from "jose";
import { describe, expect, it } from "vitest";
import { call, callAs, errorCode, spaceIdFrom, uniqueUser } from "../support/api";
import { userToken } from "../support/tokens";
import { ALL_SPACE_PRIVILEGES } from "../support/expectedPrivileges";
import { adminToken, registerProvider, spaceCreateToken } from "../support/providers";
import { countRows } from "../support/dbRows";
import { requestAs } from "../support/callWithEnv";

/** A registered provider and a fresh user holding an unbound space creation token. */
async function seed() {
  const provider = await registerProvider();
  const user = uniqueUser();
  const accessToken = await userToken(user);
  const token = await spaceCreateToken(accessToken);
  return { provider, user, accessToken, token };
}

async function expectBadBodyToken(providerToken: string, body: Record<string, unknown>): Promise<void> {
  const response = await callAs(providerToken, "POST", "/spaces", body);
  expect(response.status).toBe(400);
  expect(await errorCode(response)).toBe("invalid_token");
}

describe("POST /spaces by a provider: the body", () => {
  it("refuses a missing token with 400 invalid_request", async () => {
    const { provider } = await seed();
    const response = await callAs(provider.token, "POST", "/spaces", { name: "No token", size: 1 });
    expect(response.status).toBe(400);
    expect(await errorCode(response)).toBe("invalid_request");
  });

  it.each([
    ["an empty string", ""],
    ["a number", 42],
    ["null", null],
  ])("refuses a token that is %s with 400 invalid_request", async (_label, token) => {
    const { provider } = await seed();
    const response = await callAs(provider.token, "POST", "/spaces", { token });
    expect(response.status).toBe(400);
    expect(await errorCode(response)).toBe("invalid_request");
  });

  it.each([
    ["0", 0],
    ["-1", -1],
    ["1.5", 1.5],
    ['"12abc"', "12abc"],
    ['""', ""],
    ["true", true],
    ["2^53 as a number", 9007199254740992],
    ["2^53 as a digit string", "9007199254740992"],
    ["2^53+1 as a number (JSON rounds it to 2^53)", "9007199254740993 as raw JSON"],
    ["16 nines as a digit string", "9999999999999999"],
    ['"0"', "0"],
    ['"-5"', "-5"],
    ['"1.5"', "1.5"],
    ['"01"', "01"],
    ["null", null],
  ])("refuses size %s with 400 invalid_request and leaves the token unspent", async (_label, size) => {
    const { provider, token } = await seed();
    const body = JSON.stringify({ token, size }).replace('"9007199254740993 as raw JSON"', "9007199254740993");
    const refused = await call("/spaces", { method: "POST", headers: { "X-Auth-Token": provider.token, "Content-Type": "application/json" }, body });
    const { error, error_description: description } = (await refused.json()) as { error: string; error_description: string };
    expect({ status: refused.status, error }).toEqual({ status: 400, error: "invalid_request" });
    // The description never echoes a number, which JSON parsing may have rounded.
    expect(description).not.toMatch(/\d{4,}/);
    expect(await countRows("spent_tokens", "jti", String(decodeJwt(token).jti))).toBe(0);
    const retried = await callAs(provider.token, "POST", "/spaces", { token, size: 1 });
    expect(retried.status).toBe(201);
  });

  it.each([
    ["1", 1, 1],
    ['"1024" (a digit string)', "1024", 1024],
    ["2^53-1", 9007199254740991, 9007199254740991],
    ["2^53-1 as a digit string", "9007199254740991", 9007199254740991],
  ])("accepts size %s and records it as bytes", async (_label, size, stored) => {
    const { provider, token } = await seed();
    const response = await callAs(provider.token, "POST", "/spaces", { token, size });
    expect(response.status).toBe(201);
    const spaceId = spaceIdFrom(response);
    const support = await env.DB.prepare("SELECT size FROM space_supports WHERE space_id = ? AND provider_id = ?")
      .bind(spaceId, provider.providerId)
      .first<{ size: number }>();
    expect(support?.size).toBe(stored);
    const read = await callAs(provider.token, "GET", `/spaces/${spaceId}`);
    expect(((await read.json()) as { providers: Record<string, number> }).providers).toEqual({
      [provider.providerId]: stored,
    });
  });
});

describe("POST /spaces by a provider: the space creation token", () => {
  it("refuses a token that was already used with 400 invalid_token", async () => {
    const { provider, token } = await seed();
    expect((await callAs(provider.token, "POST", "/spaces", { token })).status).toBe(201);
    await expectBadBodyToken(provider.token, { token });
    const other = await registerProvider();
    await expectBadBodyToken(other.token, { token });
  });

  it("refuses a token bound to provider A when B redeems it (403 forbidden), then accepts it for A", async () => {
    const a = await registerProvider();
    const b = await registerProvider();
    const user = uniqueUser();
    const token = await spaceCreateToken(await userToken(user), a.providerId);

    const byB = await callAs(b.token, "POST", "/spaces", { token });
    expect(byB.status).toBe(403);
    expect(await errorCode(byB)).toBe("forbidden");

    const byA = await callAs(a.token, "POST", "/spaces", { token });
    expect(byA.status).toBe(201);
    const spaceId = spaceIdFrom(byA);
    expect(await countRows("space_supports", "provider_id", b.providerId)).toBe(0);
    expect(await countRows("space_supports", "space_id", spaceId)).toBe(1);
  });

  it("refuses a user who sends a token in the body with 400 invalid_request", async () => {
    const { accessToken, token } = await seed();
    const response = await callAs(accessToken, "POST", "/spaces", { token });
    expect(response.status).toBe(400);
    expect(await errorCode(response)).toBe("invalid_request");
  });
});

describe("POST /spaces by a provider: what it creates", () => {
  it("answers 201 with Location and an empty body, and stores owner, support and spent token", async () => {
    const { provider, user, token } = await seed();
    const response = await callAs(provider.token, "POST", "/spaces", { token, name: "Provided", size: "2048" });
    expect(response.status).toBe(201);
    expect(await response.text()).toBe("");
    const spaceId = spaceIdFrom(response);
    expect(response.headers.get("Location")).toBe(`/spaces/${spaceId}`);

    const space = await env.DB.prepare("SELECT name, creator_type, creator_id FROM spaces WHERE id = ?")
      .bind(spaceId)
      .first();
    expect(space).toEqual({ name: "Provided", creator_type: "provider", creator_id: provider.providerId });

    const members = await env.DB.prepare("SELECT user_id, privileges FROM space_members WHERE space_id = ?")
      .bind(spaceId)
      .all<{ user_id: string; privileges: string }>();
    expect(members.results).toHaveLength(1);
    expect(members.results[0]!.user_id).toBe(user);
    expect((JSON.parse(members.results[0]!.privileges) as string[]).sort()).toEqual([...ALL_SPACE_PRIVILEGES].sort());

    const supports = await env.DB.prepare("SELECT provider_id, size FROM space_supports WHERE space_id = ?")
      .bind(spaceId)
      .all();
    expect(supports.results).toEqual([{ provider_id: provider.providerId, size: 2048 }]);

    const { jti, exp } = decodeJwt(token);
    const spent = await env.DB.prepare("SELECT subject_id, expires_at FROM spent_tokens WHERE jti = ?")
      .bind(jti)
      .first();
    expect(spent).toEqual({ subject_id: spaceId, expires_at: exp });
  });

  it("records a support without size as NULL and names the space 'Unnamed space'", async () => {
    const { provider, token } = await seed();
    const response = await callAs(provider.token, "POST", "/spaces", { token });
    expect(response.status).toBe(201);
    const spaceId = spaceIdFrom(response);
    const support = await env.DB.prepare("SELECT size FROM space_supports WHERE space_id = ?")
      .bind(spaceId)
      .first<{ size: number | null }>();
    expect(support).toEqual({ size: null });
    const read = await callAs(provider.token, "GET", `/spaces/${spaceId}`);
    expect(await read.json()).toMatchObject({ name: "Unnamed space", providers: { [provider.providerId]: null } });
  });

  it("makes the space readable by its owner and by the provider, showing the support and the provider as creator", async () => {
    const { provider, accessToken, token } = await seed();
    const response = await callAs(provider.token, "POST", "/spaces", { token, name: "Shared", size: 4096 });
    const spaceId = spaceIdFrom(response);
    for (const reader of [accessToken, provider.token]) {
      const read = await callAs(reader, "GET", `/spaces/${spaceId}`);
      expect(read.status).toBe(200);
      expect(await read.json()).toMatchObject({
        spaceId,
        name: "Shared",
        providers: { [provider.providerId]: 4096 },
        creator: { type: "provider", id: provider.providerId },
      });
    }
    const listed = await callAs(accessToken, "GET", "/user/spaces");
    expect(((await listed.json()) as { spaces: string[] }).spaces).toEqual([spaceId]);
  });

  it("lets exactly one of 30 concurrent redemptions of one token succeed", async () => {
    const { provider, user, token } = await seed();
    const responses = await Promise.all(
      Array.from({ length: 30 }, () => callAs(provider.token, "POST", "/spaces", { token, size: 1 })),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 400)).toHaveLength(29);
    for (const response of responses) {
      if (response.status === 400) expect(await errorCode(response)).toBe("invalid_token");
    }
    const winner = responses.find((response) => response.status === 201)!;
    const spaceId = spaceIdFrom(winner);
    expect(await countRows("spaces", "creator_id", provider.providerId)).toBe(1);
    expect(await countRows("space_supports", "provider_id", provider.providerId)).toBe(1);
    expect(await countRows("space_members", "user_id", user)).toBe(1);
    expect(await countRows("spent_tokens", "subject_id", spaceId)).toBe(1);
  });

  it("refuses a revoked provider with 401 invalid_token in the create batch, writing nothing", async () => {
    const { provider, token } = await seed();
    expect((await callAs(await adminToken(), "DELETE", `/providers/${provider.providerId}`)).status).toBe(204);
    const key = crypto.randomUUID();
    const response = await call("/spaces", requestAs(provider.token, "POST", { token }, { "Idempotency-Key": key }));
    expect(response.status).toBe(401);
    expect(response.headers.get("WWW-Authenticate")).toBe('Bearer error="invalid_token"');
    expect(await errorCode(response)).toBe("invalid_token");
    expect(await countRows("spent_tokens", "jti", String(decodeJwt(token).jti))).toBe(0);
    expect(await countRows("spaces", "creator_id", provider.providerId)).toBe(0);
    expect(await countRows("idempotency_keys", "principal", `provider:${provider.providerId}`)).toBe(0);
  });

  it("refuses a revoked provider's replay of a create it made while registered", async () => {
    const { provider, token } = await seed();
    const key = crypto.randomUUID();
    const first = await call("/provider/spaces", requestAs(provider.token, "POST", { token }, { "Idempotency-Key": key }));
    expect(first.status).toBe(201);
    expect((await callAs(await adminToken(), "DELETE", `/providers/${provider.providerId}`)).status).toBe(204);
    const replay = await call("/provider/spaces", requestAs(provider.token, "POST", { token }, { "Idempotency-Key": key }));
    expect(replay.status).toBe(401);
    expect(await errorCode(replay)).toBe("invalid_token");
  });

  it("drops a revoked provider's supports but keeps the owner's access", async () => {
    const { provider, accessToken, token } = await seed();
    const spaceId = spaceIdFrom(await callAs(provider.token, "POST", "/spaces", { token }));
    expect((await callAs(await adminToken(), "DELETE", `/providers/${provider.providerId}`)).status).toBe(204);
    expect(await countRows("space_supports", "space_id", spaceId)).toBe(0);
    const read = await callAs(accessToken, "GET", `/spaces/${spaceId}`);
    expect(read.status).toBe(200);
    expect(await read.json()).toMatchObject({ spaceId, providers: {} });
  });
});
