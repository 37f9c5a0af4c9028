import { expect } from "vitest";
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
