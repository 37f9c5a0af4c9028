import { expect } from "vitest";
import { DOCUMENTED_ERRORS as CATALOGUE } from "../../src/http/errorCatalogue";
import { errorCode } from "./api";

/**
 * Asserts that a response is the documented JSON error with this status and
 * `error` code. Both are compared at once, so a failure shows what came back.
 */
export async function expectApiError(response: Response, status: number, code: string): Promise<void> {
  const actualStatus = response.status;
  const actualCode = await errorCode(response).catch((thrown: unknown) => `<${String(thrown)}>`);
  expect({ status: actualStatus, error: actualCode }).toEqual({ status, error: code });
}

/** Asserts the 401 for a missing access token, with its RFC 6750 challenge. */
export async function expectUnauthorized(response: Response): Promise<void> {
  expect(response.headers.get("WWW-Authenticate")).toBe("Bearer");
  await expectApiError(response, 401, "unauthorized");
}

/** Asserts the 401 for a rejected access token, with its RFC 6750 challenge. */
export async function expectInvalidToken(response: Response): Promise<void> {
  expect(response.headers.get("WWW-Authenticate")).toBe('Bearer error="invalid_token"');
  await expectApiError(response, 401, "invalid_token");
}

/** Asserts a 201 from `POST /spaces`: a space `Location` and an empty body. */
export async function expectSpaceCreated(response: Response): Promise<void> {
  const status = response.status;
  const body = await response.text();
  expect({ status, body }).toEqual({ status: 201, body: "" });
  expect(response.headers.get("Location")).toMatch(/^\/spaces\/[0-9a-f]{32}$/);
}

/** Every error status the API documents, with the `error` codes allowed for it, from the error catalogue. */
export const DOCUMENTED_ERRORS: Readonly<Record<number, readonly string[]>> = Object.fromEntries(
    [...new Set(CATALOGUE.map((row) => row.status))].map((status) => [status, CATALOGUE.filter((row) => row.status === status).map((row) => row.code)]),
  );

/** The RFC 6750 challenge each 401 code comes with. */
const CHALLENGES: Readonly<Record<string, string>> = {
  unauthorized: "Bearer",
  invalid_token: 'Bearer error="invalid_token"',
};

/**
 * Everything wrong with an error response, as readable sentences; empty when
 * it is a documented error. `body` is the response text (empty for HEAD).
 */
export function errorShapeProblems(response: Response, body: string, method: string): string[] {
  const problems: string[] = [];
  const { status } = response;
  const allowed = DOCUMENTED_ERRORS[status];
  if (allowed === undefined) return [`status ${status} is not a documented error status`];
  if (response.headers.get("Content-Type") !== "application/json") {
    problems.push(`Content-Type is ${response.headers.get("Content-Type")}, not application/json`);
  }
  if (method === "HEAD") return problems;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return [...problems, `body is not JSON: ${body.slice(0, 200)}`];
  }
  const record = parsed as Record<string, unknown>;
  const keys = typeof parsed === "object" && parsed !== null ? Object.keys(record).sort().join(",") : typeof parsed;
  if (keys !== "error,error_description") problems.push(`body keys are ${keys}: ${body.slice(0, 200)}`);
  if (typeof record.error !== "string" || !allowed.includes(record.error)) {
    problems.push(`error ${JSON.stringify(record.error)} is not documented for ${status}`);
  }
  if (typeof record.error_description !== "string" || record.error_description.trim() === "") {
    problems.push("error_description is not a non-empty string");
  }
  if (status === 401 && typeof record.error === "string") {
    const challenge = response.headers.get("WWW-Authenticate");
    if (challenge !== CHALLENGES[record.error]) problems.push(`401 ${record.error} with WWW-Authenticate ${challenge}`);
  }
  if (status === 405 && !response.headers.get("Allow")) problems.push("405 without Allow");
  return problems;
}
