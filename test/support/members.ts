import { env } from "cloudflare:workers";
import { uniqueUser } from "./api";
import { userToken } from "./tokens";

/**
 * Adds a fresh member with the given privileges (a JSON array) to `spaceId`
 * straight in D1, as the API has no invite yet, and returns the member's
 * access token.
 */
export async function addMember(spaceId: string, privilegesJson: string): Promise<string> {
  const member = uniqueUser("member");
  await env.DB.prepare("INSERT INTO space_members (space_id, user_id, privileges, joined_at) VALUES (?, ?, ?, ?)")
    .bind(spaceId, member, privilegesJson, Math.floor(Date.now() / 1000))
    .run();
  return userToken(member);
}
