import { ApiProblem, type SpacegateApi, unwrap } from "./client";

/**
 * Whether the caller is a zone administrator (ADMIN_USERS). The API has no
 * "who am I" operation, so the console asks for the administrators' list of
 * all spaces: a 403 means an ordinary user.
 */
export async function isZoneAdministrator(api: SpacegateApi): Promise<boolean> {
  try {
    await unwrap(api.GET("/spaces"));
    return true;
  } catch (problem) {
    if (problem instanceof ApiProblem && problem.status === 403) return false;
    throw problem;
  }
}
