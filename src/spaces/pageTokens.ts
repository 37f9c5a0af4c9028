import { base64url } from "jose";
import * as v from "valibot";
import { decimalsUpTo } from "../common/decimalsUpTo";
import { RANDOM_ID_PATTERN } from "../common/randomId";

/** Most spaces on one page of `GET /spaces`, and how many when the client does not say. */
export const MAX_PAGE_LIMIT = 1000;
export const DEFAULT_PAGE_LIMIT = 100;

/** An opaque page token: the last space id of the page before, base64url-encoded. */
export function encodePageToken(lastSpaceId: string): string {
  return base64url.encode(lastSpaceId);
}

function decodePageToken(token: string): string {
  try {
    return new TextDecoder().decode(base64url.decode(token));
  } catch {
    return "";
  }
}

const LIMIT_MESSAGE = `limit must be a whole number from 1 to ${MAX_PAGE_LIMIT}`;
const PAGE_TOKEN_MESSAGE = "page_token must be a nextPageToken this API gave";

/** `GET /spaces` query: `limit` (1 to 1000, default 100) and the `page_token` of the page before. */
export const ListSpacesQuerySchema = v.object({
  limit: v.optional(
    v.pipe(v.string(LIMIT_MESSAGE), v.regex(decimalsUpTo(MAX_PAGE_LIMIT), LIMIT_MESSAGE), v.transform(Number)),
    String(DEFAULT_PAGE_LIMIT),
  ),
  page_token: v.optional(
    v.pipe(v.string(PAGE_TOKEN_MESSAGE), v.transform(decodePageToken), v.regex(RANDOM_ID_PATTERN, PAGE_TOKEN_MESSAGE)),
  ),
});
