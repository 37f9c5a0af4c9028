import { describe, expect, it } from "vitest";
import { call } from "../support/api";
import { expectApiError } from "../support/expectApiError";

// The files themselves exist only after `npm run console:build`; the browser suite
// (test/console/browser) reads them, and the /console redirect (a status the OpenAPI
// contract check cannot match on a wildcard path), through wrangler dev.
describe("GET /console/*", () => {
  it("answers a file that is not there with the API's own 404", async () => {
    const response = await call("/console/assets/no-such-file.js");
    await expectApiError(response, 404, "not_found");
    expect(response.headers.get("X-Request-Id")).toBeTruthy();
  });

  it("leaves GET /console/config.json to its own route", async () => {
    const response = await call("/console/config.json");
    expect(response.status).toBe(200);
    expect(await response.json()).toHaveProperty("scopes");
  });
});
