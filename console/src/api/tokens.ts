import { type SpacegateApi, unwrap } from "./client";

/** A single-use space creation token for the caller, bound to `providerId` when one is given. */
export async function issueSpaceCreateToken(api: SpacegateApi, providerId: string): Promise<string> {
  const { token } = await unwrap(api.POST("/user/spaces/token", { body: providerId ? { provider: providerId } : {} }));
  return token;
}
