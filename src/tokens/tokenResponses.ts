import * as v from "valibot";
import { privateJsonResponse } from "../http/jsonResponse";

/** `{token}`: a single-use space token (invite or support) for the caller to hand on. */
export const SpaceTokenSchema = v.pipe(
  v.strictObject({ token: v.pipe(v.string(), v.description("A JWT; single use, with an expiry.")) }),
  v.title("SpaceToken"),
);

/** A 200 carrying a fresh token, which no cache may keep. */
export function tokenResponse(token: string): Response {
  return privateJsonResponse({ token });
}
