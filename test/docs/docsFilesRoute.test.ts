import { describe, expect, it } from "vitest";
import { call } from "../support/api";
import { expectApiError } from "../support/expectApiError";

// The page and Swagger UI's files, and the /docs redirect (a status the OpenAPI contract check
// cannot match on a wildcard path), are checked on every host by test/e2e/spaces.e2e.ts and in
// Chromium by test/console/browser/docs.browser.ts.
describe("GET /docs/*", () => {
  it("answers a file that is not there with the API's own 404, under both base paths", async () => {
    for (const path of ["/docs/vendor/no-such-file.js", "/api/v3/onezone/docs/no-such-page.html"]) {
      const response = await call(path);
      await expectApiError(response, 404, "not_found");
      expect(response.headers.get("X-Request-Id")).toBeTruthy();
    }
  });
});
