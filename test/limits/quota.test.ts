import { decodeJwt } from "jose";
import { describe, expect, it } from "vitest";
import { callAs, spaceIdFrom, uniqueUser } from "../support/api";
import { userToken } from "../support/tokens";
import { callWithEnv } from "../support/callWithEnv";
import { expectApiError } from "../support/expectApiError";
import { countRows } from "../support/dbRows";
import { registerProvider, spaceCreateToken } from "../support/providers";
import { inviteToken, ownedSpace } from "../support/spaces";
import { ALL_SPACE_PRIVILEGES } from "../support/expectedPrivileges";

const QUOTA = { MAX_SPACES_PER_USER: "3" };

function createAs(token: string, body: unknown = {}, path = "/spaces", headers: Record<string, string> = {}): Promise<Response> {
  return callWithEnv(path, {
    method: "POST",
    headers: { "X-Auth-Token": token, "Content-Type": "application/json", ...headers },
    body: JSON.stringify(body),
  }, QUOTA);
}

describe("MAX_SPACES_PER_USER", () => {
  it("refuses a user's 4th space with 403 quota_exceeded, on both create paths", async () => {
    const user = uniqueUser("quota");
    const token = await userToken(user);
    for (const path of ["/spaces", "/user/spaces", "/spaces"]) expect((await createAs(token, {}, path)).status).toBe(201);
    await expectApiError(await createAs(token), 403, "quota_exceeded");
    await expectApiError(await createAs(token, {}, "/user/spaces"), 403, "quota_exceeded");
    await expectApiError(await createAs(token, {}, "/spaces", { "Idempotency-Key": `"${crypto.randomUUID()}"` }), 403, "quota_exceeded");
    expect(await countRows("spaces", "owner_id", user)).toBe(3);
  });

  it("counts spaces providers created for the user, and leaves a refused creation token unspent", async () => {
    const provider = await registerProvider();
    const user = uniqueUser("provided");
    const token = await userToken(user);
    for (let i = 0; i < 2; i++) expect((await createAs(token)).status).toBe(201);
    expect((await createAs(provider.token, { token: await spaceCreateToken(token) })).status).toBe(201);
    const refused = await spaceCreateToken(token);
    await expectApiError(await createAs(provider.token, { token: refused }), 403, "quota_exceeded");
    await expectApiError(await createAs(provider.token, { token: refused }, "/provider/spaces"), 403, "quota_exceeded");
    expect(await countRows("spent_tokens", "jti", String(decodeJwt(refused).jti))).toBe(0);
    // Once a slot is free the same token works: it was never spent.
    const [oldest] = ((await (await callAs(token, "GET", "/user/spaces")).json()) as { spaces: string[] }).spaces;
    expect((await callAs(token, "DELETE", `/spaces/${oldest}`)).status).toBe(204);
    expect((await createAs(provider.token, { token: refused })).status).toBe(201);
  });

  it("frees a slot when a space is deleted", async () => {
    const token = await userToken(uniqueUser("freed"));
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push(spaceIdFrom(await createAs(token)));
    await expectApiError(await createAs(token), 403, "quota_exceeded");
    expect((await callAs(token, "DELETE", `/spaces/${ids[0]}`)).status).toBe(204);
    expect((await createAs(token)).status).toBe(201);
  });

  it("gives exactly 3 spaces to 10 concurrent creates with 3 slots left", async () => {
    const user = uniqueUser("racer");
    const token = await userToken(user);
    const responses = await Promise.all(Array.from({ length: 10 }, (_, i) => createAs(token, { name: `Race ${i}` })));
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([201, 201, 201, ...Array<number>(7).fill(403)]);
    expect(await countRows("spaces", "owner_id", user)).toBe(3);
  });

  it("does not count spaces the user merely joined", async () => {
    const user = uniqueUser("joiner");
    const token = await userToken(user);
    for (let i = 0; i < 3; i++) {
      const space = await ownedSpace();
      expect((await callAs(token, "POST", "/user/spaces/join", { token: await inviteToken(space.ownerToken, space.spaceId) })).status).toBe(201);
    }
    for (let i = 0; i < 3; i++) expect((await createAs(token)).status).toBe(201);
    await expectApiError(await createAs(token), 403, "quota_exceeded");
  });

  it("means no limit at 0, and each space still has its owner with every privilege and its owner_id", async () => {
    const user = uniqueUser("unlimited");
    const token = await userToken(user);
    const created: string[] = [];
    for (let i = 0; i < 5; i++) {
      const response = await callWithEnv("/spaces", { method: "POST", headers: { "X-Auth-Token": token } }, { MAX_SPACES_PER_USER: "0" });
      expect(response.status).toBe(201);
      created.push(spaceIdFrom(response));
    }
    expect(await countRows("spaces", "owner_id", user)).toBe(5);
    for (const spaceId of created) {
      const privileges = await callAs(token, "GET", `/spaces/${spaceId}/users/${user}/privileges`);
      expect(privileges.status).toBe(200);
      expect(((await privileges.json()) as { privileges: string[] }).privileges).toEqual(ALL_SPACE_PRIVILEGES);
    }
  });
});
