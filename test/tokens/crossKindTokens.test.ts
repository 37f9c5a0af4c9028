import { describe, expect, it } from "vitest";
import { callAs, uniqueUser } from "../support/api";
import { userToken } from "../support/tokens";
import { expectApiError, expectInvalidToken } from "../support/expectApiError";
import { registerProvider, spaceCreateToken, type RegisteredProvider } from "../support/providers";
import { inviteToken, ownedSpace, supportToken, type OwnedSpace } from "../support/spaces";

/**
 * The zone's four token kinds (provider, space creation, invite, support) are
 * told apart by `typ` alone; none passes for another, nor for an access
 * token. Each case below is refused, and the right kind in the same place is
 * accepted, so the refusals are about the kind.
 */
interface Kinds {
  readonly space: OwnedSpace;
  readonly provider: RegisteredProvider;
  readonly tokens: Record<"provider" | "create" | "invite" | "support", string>;
}

async function everyKind(): Promise<Kinds> {
  const space = await ownedSpace();
  const provider = await registerProvider();
  return {
    space,
    provider,
    tokens: {
      provider: provider.token,
      create: await spaceCreateToken(space.ownerToken),
      invite: await inviteToken(space.ownerToken, space.spaceId),
      support: await supportToken(space.ownerToken, space.spaceId),
    },
  };
}

describe("no zone token kind passes for another", () => {
  it.each(["create", "invite", "support"] as const)("a %s token is not an access token on any route", async (kind) => {
    const { space, tokens } = await everyKind();
    for (const [method, path] of [
      ["GET", "/user/spaces"],
      ["POST", "/spaces"],
      ["GET", `/spaces/${space.spaceId}`],
      ["GET", "/provider/spaces"],
      ["POST", "/user/spaces/join"],
      ["POST", "/provider/spaces/support"],
    ]) {
      await expectInvalidToken(await callAs(tokens[kind], method!, path!, method === "GET" ? undefined : {}));
    }
  });

  it.each(["provider", "create", "support"] as const)("POST /user/spaces/join refuses a %s token in place of an invite token", async (kind) => {
    const { tokens } = await everyKind();
    const user = await userToken(uniqueUser());
    await expectApiError(await callAs(user, "POST", "/user/spaces/join", { token: tokens[kind] }), 400, "invalid_token");
    expect((await callAs(user, "POST", "/user/spaces/join", { token: tokens.invite })).status).toBe(201);
  });

  it.each(["provider", "create", "invite"] as const)("POST /provider/spaces/support refuses a %s token in place of a support token", async (kind) => {
    const { provider, tokens } = await everyKind();
    await expectApiError(await callAs(provider.token, "POST", "/provider/spaces/support", { token: tokens[kind] }), 400, "invalid_token");
    expect((await callAs(provider.token, "POST", "/provider/spaces/support", { token: tokens.support })).status).toBe(201);
  });

  it.each(["provider", "invite", "support"] as const)("POST /spaces and POST /provider/spaces refuse a %s token in place of a creation token", async (kind) => {
    const { provider, tokens } = await everyKind();
    await expectApiError(await callAs(provider.token, "POST", "/spaces", { token: tokens[kind] }), 400, "invalid_token");
    await expectApiError(await callAs(provider.token, "POST", "/provider/spaces", { token: tokens[kind] }), 400, "invalid_token");
    expect((await callAs(provider.token, "POST", "/provider/spaces", { token: tokens.create })).status).toBe(201);
  });

  it("a user access token is no body token", async () => {
    const { provider } = await everyKind();
    const access = await userToken(uniqueUser());
    await expectApiError(await callAs(access, "POST", "/user/spaces/join", { token: access }), 400, "invalid_token");
    await expectApiError(await callAs(provider.token, "POST", "/provider/spaces/support", { token: access }), 400, "invalid_token");
    await expectApiError(await callAs(provider.token, "POST", "/spaces", { token: access }), 400, "invalid_token");
  });
});
