import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { consoleUrl, expectAccessible, launchChromium, logInAtIdp, newPerson, signIn, uniqueName } from "./support/browser";

/** Creates a space from the spaces view and opens its page; resolves to the page's fragment. */
async function openNewSpace(page: Page): Promise<string> {
  const name = uniqueName("Session space");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Create space" }).click();
  await page.getByRole("link", { name }).click();
  await page.getByRole("heading", { level: 1, name }).waitFor();
  return new URL(page.url()).hash;
}

/** The origins of the page's top-level navigations from now on, redirects included. */
function recordOrigins(page: Page): string[] {
  const origins: string[] = [];
  page.on("request", (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) origins.push(new URL(request.url()).origin);
  });
  return origins;
}

describe("signing in and out of the console", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it("refuses a wrong password at the dev identity provider, in words", async () => {
    const { context, page } = await newPerson(browser);
    await page.goto(consoleUrl());
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByLabel("Username").fill("dev-user");
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("alert").filter({ hasText: "Unknown account or wrong password." }).waitFor();
    expect(new URL(page.url()).origin).toBe(inject("idpOrigin"));
    await context.close();
  });

  it("keeps tokens out of localStorage and cookies; sign-out clears them, and a protected view then asks to sign in and comes back to it", async () => {
    const { context, page } = await newPerson(browser);
    await signIn(page, "dev-user");
    const stored = await page.evaluate(() => ({
      session: sessionStorage.getItem("spacegate.session"),
      local: localStorage.length,
      scriptCookies: document.cookie,
    }));
    const session = JSON.parse(stored.session ?? "{}");
    expect(session).toMatchObject({ userId: "dev-user", name: "Dev User" });
    expect(stored.local).toBe(0);
    expect(stored.scriptCookies).toBe("");
    // Cookies ignore ports, so the dev identity provider's own session cookie shows here; none holds a token.
    const cookies = await context.cookies(inject("consoleOrigin"));
    expect(cookies.filter(({ value }) => value.includes(session.accessToken) || value.includes(session.idToken))).toEqual([]);

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("heading", { name: "Sign in to spacegate" }).waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem("spacegate.session"))).toBeNull();

    await page.goto(consoleUrl("#/tokens"));
    await page.getByRole("heading", { name: "Sign in to spacegate" }).waitFor();
    await page.getByRole("button", { name: "Sign in" }).click();
    // The identity provider's session ended too: its login page comes back.
    await logInAtIdp(page, "dev-user");
    await page.getByRole("heading", { level: 1, name: "Tokens" }).waitFor();
    expect(new URL(page.url()).hash).toBe("#/tokens");
    await context.close();
  });

  it("sends a person whose token the API refuses to sign in again, and back to the view they were on", async () => {
    const { context, page } = await newPerson(browser);
    await signIn(page, "dev-user");
    const view = await openNewSpace(page);
    await page.evaluate(() => {
      const session = JSON.parse(sessionStorage.getItem("spacegate.session")!);
      sessionStorage.setItem("spacegate.session", JSON.stringify({ ...session, accessToken: `${session.accessToken}x` }));
    });
    const origins = recordOrigins(page);
    await page.reload();
    await expect.poll(() => origins.includes(inject("idpOrigin"))).toBe(true);
    await page.getByRole("heading", { name: "Details" }).waitFor();
    expect(new URL(page.url()).hash).toBe(view);
    await expectAccessible(page, "space after signing in again");
    await context.close();
  });

  it("signs a person in again when their token has expired, keeping the view", async () => {
    const { context, page } = await newPerson(browser);
    await signIn(page, "dev-user");
    const view = await openNewSpace(page);
    await page.evaluate(() => {
      const session = JSON.parse(sessionStorage.getItem("spacegate.session")!);
      sessionStorage.setItem("spacegate.session", JSON.stringify({ ...session, expiresAt: Date.now() - 1000 }));
    });
    const origins = recordOrigins(page);
    await page.reload();
    await page.waitForURL((url) => url.origin === inject("consoleOrigin") && url.hash === view && !url.search);
    await page.getByRole("heading", { name: "Details" }).waitFor();
    expect(origins).toContain(inject("idpOrigin"));
    const session = await page.evaluate(() => JSON.parse(sessionStorage.getItem("spacegate.session")!));
    expect(session.expiresAt).toBeGreaterThan(Date.now());
    await context.close();
  });
});
