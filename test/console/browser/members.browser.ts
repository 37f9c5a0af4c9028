import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, expiryWords, launchChromium, newPerson, saveScreenshot, signIn, uniqueName } from "./support/browser";

const LAST_ADMINISTRATOR_WORDS = "A space must always keep at least one member who can set privileges";

/** Creates a space from the spaces view and opens its page. */
async function createAndOpenSpace(page: Page, prefix: string): Promise<string> {
  const name = uniqueName(prefix);
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Create space" }).click();
  await page.getByRole("link", { name }).click();
  await page.getByRole("heading", { level: 1, name }).waitFor();
  return name;
}

/** The text of the person's card for a space in the spaces view, once it shows. */
async function spaceCardText(page: Page, name: string): Promise<string> {
  const card = page.locator("li.card").filter({ has: page.getByRole("link", { name, exact: true }) });
  await card.waitFor();
  return (await card.textContent()) ?? "";
}

describe("members, invitations and privileges in the console", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it("invites a second person, who joins with the copied token; the owner sees them, grants a privilege, their view reflects it, and the owner removes them", async () => {
    const owner = await newPerson(browser);
    await signIn(owner.page, "dev-user");
    const name = await createAndOpenSpace(owner.page, "Shared lab");
    await owner.page.getByRole("button", { name: "Create invite token" }).click();
    await owner.page.getByRole("button", { name: "Copy invite token" }).click();
    await owner.page.getByRole("status").filter({ hasText: "Copied to the clipboard." }).waitFor();
    const token = await owner.page.evaluate(() => navigator.clipboard.readText());
    expect(token).toBe(await owner.page.getByLabel("Invite token", { exact: true }).inputValue());

    const guest = await newPerson(browser);
    await signIn(guest.page, "dev-user-2");
    await guest.page.getByLabel("Invite token", { exact: true }).fill(token);
    await guest.page.getByRole("button", { name: "Join space" }).click();
    await guest.page.getByRole("status").filter({ hasText: "Joined." }).waitFor();
    expect(await spaceCardText(guest.page, name)).toContain("Your privileges: View data");

    await owner.page.getByRole("button", { name: "Refresh members" }).click();
    const guestCard = owner.page.locator("li.member").filter({ hasText: "Second User" });
    await guestCard.waitFor();
    await guestCard.getByRole("checkbox", { name: "Change data" }).check();
    await guestCard.getByRole("button", { name: "Save privileges of Second User" }).click();
    await guestCard.getByRole("status").filter({ hasText: "Privileges saved." }).waitFor();
    await expectAccessible(owner.page, "space with members");
    await saveScreenshot(owner.page, "space-members");

    await guest.page.reload();
    expect(await spaceCardText(guest.page, name)).toContain("Your privileges: Change data, View data");

    await guestCard.getByRole("button", { name: "Remove Second User" }).click();
    await expect.poll(() => owner.page.locator("li.member").filter({ hasText: "Second User" }).count()).toBe(0);
    await guest.page.reload();
    await guest.page.getByRole("heading", { name: "Spaces you belong to" }).waitFor();
    await expect.poll(() => guest.page.getByRole("link", { name, exact: true }).count()).toBe(0);
    await owner.context.close();
    await guest.context.close();
  });

  it("explains the 409 in words when the last administrator tries to leave or to give up setting privileges", async () => {
    const { context, page } = await newPerson(browser);
    await signIn(page, "dev-user");
    await createAndOpenSpace(page, "Solo");
    await page.getByRole("button", { name: "Leave space…" }).click();
    const answer = page.waitForResponse((response) => response.request().method() === "DELETE" && response.url().includes("/user/spaces/"));
    await page.getByRole("button", { name: "Leave permanently" }).click();
    const response = await answer;
    expect(response.status()).toBe(409);
    const { error, error_description } = (await response.json()) as { error: string; error_description: string };
    expect(error).toBe("conflict");
    const alert = page.getByRole("alert").filter({ hasText: "Could not leave the space" });
    await alert.waitFor();
    expect(await alert.textContent()).toContain(`Could not leave the space: ${error_description} ${LAST_ADMINISTRATOR_WORDS}`);
    await expectAccessible(page, "leave refused");

    const myCard = page.locator("li.member").filter({ hasText: "(you)" });
    await myCard.getByRole("checkbox", { name: "Set privileges" }).uncheck();
    await myCard.getByRole("button", { name: /^Save privileges of/ }).click();
    await myCard.getByRole("alert").filter({ hasText: LAST_ADMINISTRATOR_WORDS }).waitFor();
    await context.close();
  });

  it("makes a space the default, marked in the list, and creates a support token with its expiry", async () => {
    const { context, page } = await newPerson(browser);
    await signIn(page, "dev-user");
    const name = await createAndOpenSpace(page, "Main");
    await page.getByRole("button", { name: `Make ${name} my default` }).click();
    await page.getByText("This is your default space.").waitFor();
    await page.getByRole("button", { name: "Create support token" }).click();
    const token = await page.getByLabel("Support token", { exact: true }).inputValue();
    expect(token.split(".")).toHaveLength(3);
    await page.getByText(await expiryWords(page, token)).waitFor();
    await page.getByRole("button", { name: "Copy support token" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
    await page.getByRole("link", { name: "← Your spaces" }).click();
    expect(await spaceCardText(page, name)).toContain("Default");
    expect(await page.locator("li.card .badge").count()).toBe(1);
    await context.close();
  });
});
