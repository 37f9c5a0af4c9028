import * as v from "valibot";
import { SPACE_INVITE_TOKEN_TYPE } from "../auth/tokenTypes";
import { defineRoute } from "../http/RouteDefinition";
import { addMemberSql } from "../members/memberStore";
import { issueSpaceTokenRoute } from "../tokens/issueSpaceTokenRoute";
import { redeemSpaceToken } from "../tokens/redeemSpaceToken";
import { rememberNameSql } from "../users/userStore";

/** What a user who joins with an invite token may do: Onezone 3.0's `space_user` level. */
export const JOINED_MEMBER_PRIVILEGES = ["space_view_data"] as const;

const JoinSpaceSchema = v.object({
  token: v.pipe(v.string("token is required and must be a string"), v.nonEmpty("token must not be empty")),
});

/** Inviting users: a member hands out a single-use invite token, and a user joins with it. */
export const invitationRoutes = [
  issueSpaceTokenRoute({
    path: "/spaces/:id/users/token",
    type: SPACE_INVITE_TOKEN_TYPE,
    privilege: "space_invite_user",
    ttl: (env) => env.SPACE_INVITE_TOKEN_TTL_SECONDS,
    doc: {
      operationId: "get_space_user_token",
      summary: "Create a space invite token",
      description: "For members holding `space_invite_user`. The token lets one user join the space, once, within SPACE_INVITE_TOKEN_TTL_SECONDS (default 24 hours).",
      tokenDescription: "A fresh single-use invite token.",
    },
  }),
  defineRoute({
    method: "POST",
    path: "/user/spaces/join",
    auth: "user",
    body: JoinSpaceSchema,
    handle: async ({ db, caller, input }, env) => {
      const spaceId = await redeemSpaceToken(db, env, {
        type: SPACE_INVITE_TOKEN_TYPE,
        kind: "space invite token",
        token: input.token,
        writes: (space, now, spentHere) => [
          addMemberSql(space, caller.id, JOINED_MEMBER_PRIVILEGES, now, spentHere),
          rememberNameSql(caller.id, caller.name, spentHere),
        ],
      });
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
