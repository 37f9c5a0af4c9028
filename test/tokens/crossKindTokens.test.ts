import { describe, expect, it } from "vitest";
import { callAs, uniqueUser } from "../support/api";
import { userToken } from "../support/tokens";
import { expectApiError, expectInvalidToken } from "../support/expectApiError";
import { groupInviteToken, groupNestToken, ownedGroup, spaceGroupInviteToken, type OwnedGroup } from "../support/groups";
import { registerProvider, spaceCreateToken, type RegisteredProvider } from "../support/providers";
import { inviteToken, ownedSpace, supportToken, type OwnedSpace } from "../support/spaces";

/**
 * The zone's seven token kinds (provider, space creation, space invite,
 * support, group invite, group nest, space group invite) are told apart by
 * `typ` alone; none passes for another, nor for an access token. Each case
 * below is refused, and the right kind in the same place is accepted, so the
 * refusals are about the kind.
 */
const KINDS = ["provider", "create", "invite", "support", "groupInvite", "groupNest", "spaceGroupInvite"] as const;
type Kind = (typeof KINDS)[number];

interface Kinds {
  readonly space: OwnedSpace;
  readonly group: OwnedGroup;
  readonly provider: RegisteredProvider;
  readonly tokens: Record<Kind, string>;
}

async function everyKind(): Promise<Kinds> {
  const space = await ownedSpace();
  const group = await ownedGroup();
  const provider = await registerProvider();
  return {
    space,
    group,
    provider,
    tokens: {
      provider: provider.token,
      create: await spaceCreateToken(space.ownerToken),
      invite: await inviteToken(space.ownerToken, space.spaceId),
      support: await supportToken(space.ownerToken, space.spaceId),
      groupInvite: await groupInviteToken(group.ownerToken, group.groupId),
      groupNest: await groupNestToken(group.ownerToken, group.groupId),
      spaceGroupInvite: await spaceGroupInviteToken(space.ownerToken, space.spaceId),
    },
  };
}

/** Each route that takes a token in its body: who sends it, where, and which kind it wants. */
interface TokenRoute {
  readonly wants: Kind;
  readonly send: (kinds: Kinds, token: string) => Promise<Response>;
}

const TOKEN_ROUTES: Record<string, TokenRoute> = {
  "POST /spaces": { wants: "create", send: ({ provider }, token) => callAs(provider.token, "POST", "/spaces", { token }) },
  "POST /provider/spaces": { wants: "create", send: ({ provider }, token) => callAs(provider.token, "POST", "/provider/spaces", { token }) },
  "POST /user/spaces/join": { wants: "invite", send: async (_kinds, token) => callAs(await userToken(uniqueUser()), "POST", "/user/spaces/join", { token }) },
  "POST /provider/spaces/support": { wants: "support", send: ({ provider }, token) => callAs(provider.token, "POST", "/provider/spaces/support", { token }) },
  "POST /user/groups/join": { wants: "groupInvite", send: async (_kinds, token) => callAs(await userToken(uniqueUser()), "POST", "/user/groups/join", { token }) },
  "POST /groups/{id}/nested/join": {
    wants: "groupNest",
    send: async ({ group }, token) => {
      const child = await ownedGroup("Child", { user: group.owner, token: group.ownerToken });
      return callAs(group.ownerToken, "POST", `/groups/${child.groupId}/nested/join`, { token });
    },
  },
  "POST /groups/{id}/spaces/join": {
    wants: "spaceGroupInvite",
    send: ({ group }, token) => callAs(group.ownerToken, "POST", `/groups/${group.groupId}/spaces/join`, { token }),
  },
};

describe("no zone token kind passes for another", () => {
  it.each(KINDS.filter((kind) => kind !== "provider"))("a %s token is not an access token on any route", async (kind) => {
    const { space, group, tokens } = await everyKind();
    for (const [method, path] of [
      ["GET", "/user/spaces"],
      ["POST", "/spaces"],
      ["GET", `/spaces/${space.spaceId}`],
      ["GET", "/provider/spaces"],
      ["POST", "/user/spaces/join"],
      ["POST", "/provider/spaces/support"],
      ["GET", `/groups/${group.groupId}`],
      ["POST", "/user/groups/join"],
      ["POST", `/groups/${group.groupId}/nested/join`],
      ["POST", `/groups/${group.groupId}/spaces/join`],
    ]) {
      await expectInvalidToken(await callAs(tokens[kind], method!, path!, method === "GET" ? undefined : {}));
    }
  });

  it.each(Object.entries(TOKEN_ROUTES))("%s refuses every other kind and a user access token, and takes its own", async (_route, { wants, send }) => {
    const kinds = await everyKind();
    for (const kind of KINDS.filter((other) => other !== wants)) {
      const response = await send(kinds, kinds.tokens[kind]);
      expect({ kind, status: response.status }).toEqual({ kind, status: 400 });
      await expectApiError(response, 400, "invalid_token");
    }
    await expectApiError(await send(kinds, await userToken(uniqueUser())), 400, "invalid_token");
    expect((await send(kinds, kinds.tokens[wants])).status).toBe(201);
  });
});
