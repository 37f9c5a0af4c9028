// A database that cannot answer (src/common/DatabaseUnavailableError.ts, thrown by the PostgreSQL
// adapter when retries run out or the server is out of reach) becomes the documented 503.
import { describe, expect, it, vi } from "vitest";
import { DatabaseUnavailableError } from "../../src/common/DatabaseUnavailableError";
import { toErrorResponse } from "../../src/http/errorResponse";
import { expectApiError } from "../support/expectApiError";

describe("a DatabaseUnavailableError", () => {
  it("is answered 503 unavailable with its Retry-After, the cause logged and never sent", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const response = toErrorResponse(new DatabaseUnavailableError("connect ECONNREFUSED 10.0.0.7:5432", 7), "request-1");
      expect(response.headers.get("Retry-After")).toBe("7");
      expect(await response.clone().text()).not.toMatch(/ECONNREFUSED|10\.0\.0\.7|5432/);
      await expectApiError(response, 503, "unavailable");
      expect(log).toHaveBeenCalledWith(expect.stringContaining("ECONNREFUSED"));
    } finally {
      log.mockRestore();
    }
  });

  it("is not confused with any other error, which stays a 500", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      await expectApiError(toErrorResponse(new Error("connect ECONNREFUSED"), "request-2"), 500, "internal_server_error");
    } finally {
      log.mockRestore();
    }
  });
});
