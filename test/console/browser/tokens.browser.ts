import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consoleUrl, expectAccessible, expiryWords, launchChromium, newPerson, saveScreenshot, signIn, uniqueName } from "./support/browser";

describe("tokens and providers in the console", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it("creates a space creation token, shows its expiry and copies it", async () => {
    const { context, page } = await newPerson(browser);
    await signIn(page, "dev-user", "#/tokens");
    await page.getByRole("heading", { level: 1, name: "Tokens" }).waitFor();
    await page.getByRole("button", { name: "Create space creation token" }).click();
    const field = page.getByLabel("Space creation token", { exact: true });
    await field.waitFor();
    const token = await field.inputValue();
    expect(token.split(".")).toHaveLength(3);
    await page.getByText(await expiryWords(page, token)).waitFor();
    await page.getByRole("button", { name: "Copy space creation token" }).click();
    await page.getByRole("status").filter({ hasText: "Copied to the clipboard." }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
    await expectAccessible(page, "tokens");
    await saveScreenshot(page, "tokens");
    await context.close();
  });

  it("lets the admin register a provider, copy its token once, find it and revoke it", async () => {
    const { context, page } = await newPerson(browser);
    await signIn(page, "admin", "#/providers");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Providers" }).waitFor();
    const name = uniqueName("Storage");
    await page.getByLabel("Provider name").fill(name);
    await page.getByRole("button", { name: "Register provider" }).click();
    await page.getByRole("heading", { level: 3, name }).waitFor();
    const token = await page.getByLabel("Provider token", { exact: true }).inputValue();
    expect(token.split(".")).toHaveLength(3);
    await page.getByText("Valid until revoked. It is shown only now: hand it to the provider.").waitFor();
    await page.getByRole("button", { name: "Copy provider token" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
    const providerId = (await page.locator(".card .meta code").first().textContent())!;
    await expectAccessible(page, "providers");
    await saveScreenshot(page, "providers");

    await page.getByLabel("Provider id").fill(providerId);
    await page.getByRole("button", { name: "Find provider" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 3, name }).count()).toBe(2);
    await page.getByRole("button", { name: `Revoke ${name}` }).first().click();
    await page.getByRole("status").filter({ hasText: "Revoked: its token no longer works." }).first().waitFor();
    await page.getByRole("button", { name: "Find provider" }).click();
    await page.getByRole("alert").filter({ hasText: /^Could not find the provider: .+/ }).waitFor();
    await context.close();
  });

  it("shows Providers only to administrators, and tells anyone else who goes there, in the API's words, that they cannot register one", async () => {
    const { context, page } = await newPerson(browser);
    await signIn(page, "dev-user", "#/providers");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Tokens" }).waitFor();
    expect(await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Providers" }).count()).toBe(0);
    await page.getByLabel("Provider name").fill(uniqueName("Not mine"));
    const answer = page.waitForResponse((response) => response.request().method() === "POST" && response.url().endsWith("/providers"));
    await page.getByRole("button", { name: "Register provider" }).click();
    const response = await answer;
    expect(response.status()).toBe(403);
    const { error_description } = (await response.json()) as { error_description: string };
    await page.getByRole("alert").filter({ hasText: `Could not register the provider: ${error_description}` }).waitFor();
    expect(await page.getByLabel("Provider token", { exact: true }).count()).toBe(0);
    await context.close();
  });

  it("serves the console's files, with the API's headers, and config.json beside the API", async () => {
    const page = await fetch(consoleUrl(""));
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    expect(page.headers.get("x-request-id")).toBeTruthy();
    const script = /<script[^>]*src="([^"]+)"/.exec(await page.text())![1]!;
    const asset = await fetch(new URL(script, consoleUrl("")));
    expect(asset.status).toBe(200);
    expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const bare = await fetch(consoleUrl("").replace(/\/$/, ""), { redirect: "manual" });
    expect(bare.status).toBe(307);
    expect(new URL(bare.headers.get("location")!, consoleUrl("")).pathname).toBe("/console/");
    const config = await fetch(consoleUrl("config.json"));
    expect(await config.json()).toMatchObject({ clientId: "spacegate-console", scopes: "openid profile" });
    const api = await fetch(consoleUrl("").replace("/console/", "/user/spaces"));
    expect(api.status).toBe(401);
    expect(await api.json()).toMatchObject({ error: "unauthorized" });
  });
});
