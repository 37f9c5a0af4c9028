import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from "jose";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEV_CONSOLE_CLIENT_ID, generateDevConfig, mintUserToken, upgradeDevConfig } from "../../../scripts/lib/devConfig.mjs";
import { launchChromium, newPerson, signIn } from "./support/browser";

describe("the dev identity provider", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it("issues JWT access tokens (typ at+jwt, aud AUTH_AUDIENCE, the account's name) with the .dev.vars key", async () => {
    const vars = inject("devVars");
    const { context, page } = await newPerson(browser);
    await signIn(page, "dev-user-2");
    const { accessToken } = await page.evaluate(() => JSON.parse(sessionStorage.getItem("spacegate.session")!));
    expect(decodeProtectedHeader(accessToken)).toMatchObject({ typ: "at+jwt", alg: "ES256", kid: JSON.parse(vars.DEV_IDP_PRIVATE_JWK!).kid });
    const { payload } = await jwtVerify(accessToken, createLocalJWKSet(JSON.parse(vars.AUTH_JWKS!)), {
      issuer: inject("idpOrigin"),
      audience: vars.AUTH_AUDIENCE!,
      typ: "at+jwt",
    });
    expect(payload).toMatchObject({ sub: "dev-user-2", name: "Second User", client_id: DEV_CONSOLE_CLIENT_ID });
    await context.close();
  });

  it("shares its issuer and key with `npm run token`, whose tokens the zone accepts", async () => {
    const vars = inject("devVars");
    expect(vars.AUTH_ISSUER).toBe(inject("idpOrigin"));
    const token = await mintUserToken(vars, "dev-user", 60);
    const response = await fetch(`${inject("consoleOrigin")}/user/spaces`, { headers: { "X-Auth-Token": token } });
    expect(response.status).toBe(200);
    expect(await response.json()).toHaveProperty("spaces");
  });

  it("moves a .dev.vars of an older run to the dev identity provider's issuer, keeping its keys", async () => {
    const { CONSOLE_CLIENT_ID: _added, ...generated } = await generateDevConfig({ origin: "http://localhost:8787" });
    const old: Record<string, string> = { ...generated, AUTH_ISSUER: "http://localhost:8787/dev-idp" };
    const upgraded = { ...old };
    expect(upgradeDevConfig(upgraded, { origin: "http://localhost:8787" })).toEqual(["AUTH_ISSUER", "CONSOLE_CLIENT_ID"]);
    expect(upgraded).toEqual({ ...old, AUTH_ISSUER: "http://localhost:8788", CONSOLE_CLIENT_ID: DEV_CONSOLE_CLIENT_ID });
    expect(upgradeDevConfig(upgraded, { origin: "http://localhost:8787" })).toEqual([]);
  });
});
