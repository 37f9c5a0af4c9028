import { describe, expect, it } from "vitest";
import { allowedMethods, call } from "../support/api";
import { expectApiError, expectUnauthorized } from "../support/expectApiError";

describe("404 not_found", () => {
  it.each(["/nope", "/space", "/spaces/extra/segments/here", "/api/v3/onezone/nope", "/api/v3/onezone", "/api/v2/spaces", "/SPACES"])(
    "answers an unknown path %s with 404 not_found",
    async (path) => {
      await expectApiError(await call(path), 404, "not_found");
    },
  );

  it("answers 404 not_found for an unknown path whatever the method", async () => {
    await expectApiError(await call("/nope", { method: "POST", body: "{}" }), 404, "not_found");
  });
});

describe("405 method_not_allowed with Allow", () => {
  it.each([
    ["PATCH", "/spaces", "GET, HEAD, POST"],
    ["PUT", "/spaces", "GET, HEAD, POST"],
    ["DELETE", "/spaces", "GET, HEAD, POST"],
    ["PUT", `/spaces/${"a".repeat(32)}`, "GET, HEAD, PATCH, DELETE"],
    ["POST", `/spaces/${"a".repeat(32)}`, "GET, HEAD, PATCH, DELETE"],
    ["PUT", "/user/spaces/token", "GET, HEAD, POST"],
    ["PATCH", "/api/v3/onezone/spaces", "GET, HEAD, POST"],
    ["DELETE", "/api/v3/onezone/user/spaces", "GET, HEAD, POST"],
    ["GET", "/user/spaces/join", "POST"],
    ["POST", "/user/spaces/default", "GET, HEAD, PUT"],
    ["GET", "/provider/spaces/support", "POST"],
    ["POST", `/spaces/${"a".repeat(32)}/users/token`, "GET, HEAD"],
  ])("answers %s %s with 405 and Allow: %s", async (method, path, allow) => {
    const response = await call(path, { method });
    expect(allowedMethods(response)).toEqual(allow.split(", ").sort());
    await expectApiError(response, 405, "method_not_allowed");
  });
});

describe("401 on every authenticated route", () => {
  it.each([
    ["POST", "/spaces"],
    ["GET", `/spaces/${"c".repeat(32)}`],
    ["GET", "/user/spaces"],
    ["GET", "/api/v3/onezone/user/spaces"],
  ])("answers %s %s without a token with 401 unauthorized", async (method, path) => {
    await expectUnauthorized(await call(path, { method }));
  });
});
