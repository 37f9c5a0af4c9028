import createClient, { type Middleware } from "openapi-fetch";
import type { paths } from "../../../client/spacegate";

export type SpacegateApi = ReturnType<typeof createClient<paths>>;

/** An API answer that was an error: its `error_description`, in words, and the documented code. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    description: string,
  ) {
    super(description);
  }
}

interface ApiResult<T> {
  readonly data?: T;
  readonly error?: unknown;
  readonly response: Response;
}

/**
 * The data of a typed call, or an ApiProblem carrying the API's own words; a
 * 409 `conflict` also gets `conflictExplanation`, what it means for a person.
 */
export async function unwrap<T>(call: Promise<ApiResult<T>>, conflictExplanation = LAST_ADMINISTRATOR_EXPLANATION): Promise<T> {
  const { data, error, response } = await call;
  if (response.ok) return data as T;
  throw problemFrom(response.status, error, conflictExplanation);
}

/** A 403 (a member lacking the privilege to view it) hides what it guards; anything else stays an error. */
export function hiddenWhenForbidden(problem: unknown): null {
  if (problem instanceof ApiProblem && problem.status === 403) return null;
  throw problem;
}

/**
 * Runs a create or join call that answers 201 with an empty body and resolves
 * to the id its `Location` ends with (the one thing such an answer names).
 */
export async function createdId(call: Promise<ApiResult<unknown>>, conflictExplanation?: string): Promise<string> {
  const result = await call;
  await unwrap(Promise.resolve(result), conflictExplanation);
  return result.response.headers.get("Location")?.split("/").pop() ?? "";
}

/** What a space's 409 means for a person (docs/design.md: a space keeps a member, user or group, who can set privileges). */
export const LAST_ADMINISTRATOR_EXPLANATION =
  "A space must always keep at least one member who can set privileges: give “Set privileges” to another member first, or delete the space.";

function problemFrom(status: number, body: unknown, conflictExplanation: string): ApiProblem {
  if (body && typeof body === "object" && "error_description" in body) {
    const { error, error_description } = body as { error: unknown; error_description: unknown };
    const description = String(error_description);
    const explained = error === "conflict" ? `${description} ${conflictExplanation}` : description;
    return new ApiProblem(status, String(error), explained);
  }
  return new ApiProblem(status, "unexpected_response", `The zone answered HTTP ${status} without an explanation.`);
}

/**
 * The typed client for `baseUrl`: every request carries the current access
 * token and the latest `D1-Bookmark` seen (so the person reads their own
 * writes across D1 read replicas), and a 401 (token expired or revoked) calls
 * `onUnauthorized`, which sends the person to sign in again.
 */
export function createSpacegateApi(baseUrl: string, accessToken: () => string | null, onUnauthorized: () => void): SpacegateApi {
  const api = createClient<paths>({ baseUrl });
  let bookmark: string | null = null;
  const withToken: Middleware = {
    onRequest({ request }) {
      const token = accessToken();
      if (token) request.headers.set("X-Auth-Token", token);
      if (bookmark) request.headers.set("D1-Bookmark", bookmark);
      return request;
    },
    onResponse({ response }) {
      bookmark = response.headers.get("D1-Bookmark") ?? bookmark;
      if (response.status === 401) onUnauthorized();
      return response;
    },
  };
  api.use(withToken);
  return api;
}
