import * as v from "valibot";
import { SPACE_INVITE_TOKEN_TYPE } from "../auth/tokenTypes";
import { parseCount } from "../common/settings";
import { unixSeconds } from "../common/unixSeconds";
import { defineRoute } from "../http/RouteDefinition";
import { addMember } from "../members/memberStore";
import { SpaceTokenSchema, tokenResponse } from "../tokens/tokenResponses";
import { invalidBodyToken, issueSingleUseToken, verifySingleUseToken } from "../tokens/singleUseTokens";
import { spendOnSpace } from "../tokens/tokenStore";
import { requirePrivilege } from "../spaces/spaceStore";
import { isRandomId } from "../common/randomId";
import { rememberName } from "../users/userStore";

/** Default lifetime of a space invite token, in seconds (24 h). */
export const DEFAULT_SPACE_INVITE_TOKEN_TTL_SECONDS = 24 * 60 * 60;
/** What a user who joins with an invite token may do: Onezone 3.0's `space_user` level. */
export const JOINED_MEMBER_PRIVILEGES = ["space_view_data"] as const;

const KIND = "space invite token";

const JoinSpaceSchema = v.object({
  token: v.pipe(v.string("token is required and must be a string"), v.nonEmpty("token must not be empty")),
});

/** Inviting users: a member hands out a single-use invite token, and a user joins with it. */
export const invitationRoutes = [
  defineRoute({
    method: "GET",
    path: "/spaces/:id/users/token",
    auth: "any",
    handle: async ({ db, params, caller }, env) => {
      await requirePrivilege(db, params.id!, caller, "space_invite_user");
      const ttlSeconds = parseCount(env.SPACE_INVITE_TOKEN_TTL_SECONDS, DEFAULT_SPACE_INVITE_TOKEN_TTL_SECONDS);
      return tokenResponse(await issueSingleUseToken(env, SPACE_INVITE_TOKEN_TYPE, params.id!, ttlSeconds));
    },
    doc: {
      operationId: "get_space_user_token",
      tag: "Space",
      summary: "Create a space invite token",
      description: "For members holding `space_invite_user`. The token lets one user join the space, once, within SPACE_INVITE_TOKEN_TTL_SECONDS (default 24 hours).",
      success: { status: 200, description: "A fresh single-use invite token.", body: SpaceTokenSchema, headers: ["Cache-Control"] },
      errors: { 403: ["forbidden"] },
    },
  }),
  defineRoute({
    method: "POST",
    path: "/user/spaces/join",
    auth: "user",
    body: JoinSpaceSchema,
    handle: async ({ db, caller, input }, env) => {
      const grant = await verifySingleUseToken(env, SPACE_INVITE_TOKEN_TYPE, input.token, KIND);
      const spaceId = grant.subject;
      if (!isRandomId(spaceId)) throw invalidBodyToken(`The ${KIND} is invalid, expired or already used.`);
      const now = unixSeconds();
      const spend = { type: SPACE_INVITE_TOKEN_TYPE, tokenId: grant.tokenId, expiresAt: grant.expiresAt, spaceId, now };
      const outcome = await spendOnSpace(db, spend, (spentHere) => [
        addMember(spaceId, caller.id, JOINED_MEMBER_PRIVILEGES, now, spentHere),
        rememberName(caller.id, caller.name, spentHere),
      ]);
      if (outcome === "space_gone") throw invalidBodyToken(`The space of this ${KIND} no longer exists.`);
      if (outcome !== "spent_here") throw invalidBodyToken(`The ${KIND} has already been used.`);
      return new Response(null, { status: 201, headers: { Location: `/user/spaces/${spaceId}` } });
    },
    doc: {
      operationId: "join_space",
      tag: "User",
      summary: "Join a space with an invite token",
      description: "The user joins with `space_view_data` only. A member already joined stays as they are (201); the token is spent either way.",
      success: { status: 201, description: "Joined. The body is empty; `Location` names the space as `/user/spaces/{id}`.", headers: ["Location"] },
      errors: { 400: ["invalid_token"] },
    },
  }),
];
