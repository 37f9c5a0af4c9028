import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consoleUrl, expectAccessible, launchChromium, logInAtIdp, newPerson, saveScreenshot, signIn, uniqueName } from "./support/browser";

describe("spaces in the console", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it("signs in through the dev identity provider's login page, creates a space, renames it and sees it listed", async () => {
    const { context, page } = await newPerson(browser);
    await page.goto(consoleUrl());
    await page.getByRole("heading", { name: "Sign in to spacegate" }).waitFor();
    await expectAccessible(page, "sign-in");
    await saveScreenshot(page, "sign-in");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: "Sign in to the spacegate dev identity provider" }).waitFor();
    await expectAccessible(page, "dev identity provider login");
    await logInAtIdp(page, "dev-user");
    await page.getByText("Signed in as Dev User").waitFor();

    const name = uniqueName("Lab data");
    await page.getByLabel("Name", { exact: true }).fill(name);
    await page.getByRole("button", { name: "Create space" }).click();
    await page.getByRole("status").filter({ hasText: `Created the space “${name}”.` }).waitFor();
    await page.getByRole("link", { name }).waitFor();
    await expectAccessible(page, "spaces");
    await saveScreenshot(page, "spaces");

    await page.getByRole("link", { name }).click();
    await page.getByRole("heading", { level: 1, name }).waitFor();
    const renamed = uniqueName("Renamed data");
    await page.getByLabel("New name").fill(renamed);
    await page.getByRole("button", { name: "Rename space" }).click();
    await page.getByRole("status").filter({ hasText: "Renamed." }).waitFor();
    await page.getByRole("heading", { level: 1, name: renamed }).waitFor();
    await expectAccessible(page, "space");
    await saveScreenshot(page, "space");

    await page.getByRole("link", { name: "← Your spaces" }).click();
    await page.getByRole("link", { name: renamed }).waitFor();
    expect(await page.getByRole("link", { name, exact: true }).count()).toBe(0);
    await context.close();
  });

  it("shows the API's error_description next to the form that caused it", async () => {
    const { context, page } = await newPerson(browser);
    await signIn(page, "dev-user");
    await page.getByLabel("Name", { exact: true }).fill("-bad name-");
    const answer = page.waitForResponse((response) => response.request().method() === "POST" && response.url().endsWith("/spaces"));
    await page.getByRole("button", { name: "Create space" }).click();
    const response = await answer;
    expect(response.status()).toBe(400);
    const { error_description } = (await response.json()) as { error_description: string };
    const alert = page.getByRole("alert").filter({ hasText: "Could not create the space" });
    await alert.waitFor();
    expect(await alert.textContent()).toBe(`Could not create the space: ${error_description}`);
    expect(await page.getByRole("button", { name: "Create space" }).isEnabled()).toBe(true);
    await context.close();
  });

  it("deletes a space only after the person confirms, and it leaves the list", async () => {
    const { context, page } = await newPerson(browser);
    await signIn(page, "dev-user");
    const name = uniqueName("Short-lived");
    await page.getByLabel("Name", { exact: true }).fill(name);
    await page.getByRole("button", { name: "Create space" }).click();
    await page.getByRole("link", { name }).click();
    await page.getByRole("button", { name: "Delete space…" }).click();
    await page.getByText(`Delete “${name}” for every member and provider?`).waitFor();
    await expectAccessible(page, "delete confirmation");
    await page.getByRole("button", { name: "Cancel" }).click();
    await page.getByRole("button", { name: "Delete space…" }).click();
    await page.getByRole("button", { name: "Delete permanently" }).click();
    await page.getByRole("heading", { name: "Your spaces" }).waitFor();
    await page.getByRole("heading", { name: "Spaces you belong to" }).waitFor();
    await expect.poll(() => page.getByRole("link", { name }).count()).toBe(0);
    await context.close();
  });

  it("works by keyboard alone at 360 px wide, with visible focus and nothing wider than the screen", async () => {
    const { context, page } = await newPerson(browser, { width: 360, height: 740 });
    await signIn(page, "dev-user");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to content");
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe("none");
    let focusedId = "";
    for (let presses = 0; presses < 15 && focusedId !== "new-space-name"; presses++) {
      await page.keyboard.press("Tab");
      focusedId = await page.evaluate(() => document.activeElement?.id ?? "");
    }
    expect(focusedId).toBe("new-space-name");
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe("none");
    const name = uniqueName("Keyboard space");
    await page.keyboard.type(name);
    await page.keyboard.press("Enter");
    await page.getByRole("link", { name }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(page, "spaces at 360 px");
    await saveScreenshot(page, "spaces-360px");
    await page.getByRole("link", { name }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(page, "space at 360 px");
    await context.close();
  });
});
