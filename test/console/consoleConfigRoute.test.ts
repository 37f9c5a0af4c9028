import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { call } from "../support/api";
import { callWithEnv } from "../support/callWithEnv";

describe("GET /console/config.json", () => {
  it("gives the issuer, the console's client id and scopes, and this origin as the API base", async () => {
    const response = await callWithEnv("/console/config.json", {}, { CONSOLE_CLIENT_ID: "console-test", CONSOLE_SCOPES: "openid email" });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/json");
    expect(await response.json()).toEqual({
      issuer: env.AUTH_ISSUER,
      clientId: "console-test",
      scopes: "openid email",
      apiBase: "https://spacegate.test",
    });
  });

  it("answers null for unset sign-in settings and the default scopes, without a token", async () => {
    const response = await callWithEnv("/console/config.json", {}, { AUTH_ISSUER: "", CONSOLE_CLIENT_ID: "", CONSOLE_SCOPES: "" });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ issuer: null, clientId: null, scopes: "openid profile", apiBase: "https://spacegate.test" });
  });

  it("answers under the Onezone 3.0 base path too", async () => {
    const response = await call("/api/v3/onezone/console/config.json");
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ scopes: "openid profile", apiBase: "https://spacegate.test" });
  });
});
