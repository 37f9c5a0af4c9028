import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consoleUrl, expectAccessible, launchChromium, newPerson, saveScreenshot, signIn, uniqueName } from "./support/browser";

/** Creates a group of `type` from the Groups view and opens its page; resolves to its name. */
async function createAndOpenGroup(page: Page, prefix: string, type: string): Promise<string> {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Groups" }).click();
  await page.getByRole("heading", { level: 1, name: "Your groups" }).waitFor();
  const name = uniqueName(prefix);
  await page.getByLabel("Group name").fill(name);
  await page.getByLabel("Type").selectOption({ label: type });
  await page.getByRole("button", { name: "Create group" }).click();
  await page.getByRole("status").filter({ hasText: `Created the group “${name}”.` }).getByRole("link", { name: "Open the group" }).click();
  await page.getByRole("heading", { level: 1, name }).waitFor();
  return name;
}

/** Presses a token section's create button and reads the token it shows. */
async function issueToken(page: Page, button: string, label: string): Promise<string> {
  await page.getByRole("button", { name: button }).click();
  const token = await page.getByLabel(label, { exact: true }).inputValue();
  expect(token.split(".")).toHaveLength(3);
  return token;
}

/** Pastes a token into a labelled form, submits it and waits for "Joined.". */
async function redeemToken(page: Page, label: string, button: string, token: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).fill(token);
  await page.getByRole("button", { name: button, exact: true }).click();
  await page.getByRole("status").filter({ hasText: "Joined." }).waitFor();
}

/** The card (li) of a member, user or group, whose text includes `text`, in the section headed `section`. */
function cardIn(page: Page, section: string, text: string) {
  return page.getByRole("region", { name: section, exact: true }).locator("li.member").filter({ hasText: text });
}

describe("groups in the console", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it("creates a group, a second person joins with its invite token and gets a privilege; a nested group shows on both sides, and what it holds is explained on its users' cards", async () => {
    const owner = await newPerson(browser);
    await signIn(owner.page, "dev-user");
    const parent = await createAndOpenGroup(owner.page, "Lab", "Organization");
    await owner.page.getByText("Organization · Id").waitFor();
    const parentUrl = owner.page.url();
    const invite = await issueToken(owner.page, "Create group invite token", "Group invite token");
    await expectAccessible(owner.page, "group page");

    const guest = await newPerson(browser);
    await signIn(guest.page, "dev-user-2", "#/groups");
    await redeemToken(guest.page, "Group invite token", "Join group", invite);
    await guest.page.getByRole("link", { name: parent, exact: true }).waitFor();
    await expectAccessible(guest.page, "groups view");

    await owner.page.getByRole("region", { name: "Members" }).getByRole("button", { name: "Refresh members" }).click();
    const guestCard = cardIn(owner.page, "Members", "Second User");
    expect(await guestCard.getByRole("checkbox", { name: "View data" }).isChecked()).toBe(true);
    expect(await guestCard.getByRole("checkbox", { name: "Invite users" }).isChecked()).toBe(false);
    await guestCard.getByRole("checkbox", { name: "Invite users" }).check();
    await guestCard.getByRole("button", { name: "Save privileges of Second User" }).click();
    await guestCard.getByRole("status").filter({ hasText: "Privileges saved." }).waitFor();

    await guest.page.getByRole("link", { name: parent, exact: true }).click();
    const myCard = cardIn(guest.page, "Members", "Second User (you)");
    await myCard.waitFor();
    expect(await myCard.getByRole("checkbox", { name: "Invite users" }).isChecked()).toBe(true);
    expect(await myCard.getByRole("checkbox", { name: "Set privileges" }).isChecked()).toBe(false);

    const nestToken = await issueToken(owner.page, "Create nest token", "Nest token");
    const child = await createAndOpenGroup(owner.page, "Sub team", "Team");
    await redeemToken(owner.page, "Nest token from the parent group", "Nest this group", nestToken);
    await owner.page.getByRole("region", { name: "Nested groups" }).getByRole("link", { name: parent, exact: true }).waitFor();
    await owner.page.goto(parentUrl);
    const childCard = cardIn(owner.page, "Nested groups", child);
    await childCard.waitFor();
    expect(await childCard.getByRole("checkbox", { name: "View data" }).isChecked()).toBe(true);
    await childCard.getByRole("checkbox", { name: "Join spaces" }).check();
    await childCard.getByRole("button", { name: `Save privileges of the group ${child}` }).click();
    await childCard.getByRole("status").filter({ hasText: "Privileges saved." }).waitFor();
    await expectAccessible(owner.page, "group page with a nested group");

    expect(await nestIntoOwnChild(owner.page, parentUrl)).toBe(409);

    await owner.page.getByRole("region", { name: "Nested groups" }).getByRole("link", { name: child, exact: true }).click();
    const childInvite = await issueToken(owner.page, "Create group invite token", "Group invite token");
    await guest.page.goto(consoleUrl("#/groups"));
    await redeemToken(guest.page, "Group invite token", "Join group", childInvite);
    await owner.page.goto(parentUrl);
    const throughChild = cardIn(owner.page, "Members", "Second User");
    await throughChild.getByText("through a group", { exact: true }).waitFor();
    expect(await throughChild.locator(".through-explanation").textContent()).toContain(
      "Second User also holds this privilege only through groups: Join spaces (from a group).",
    );
    expect(await throughChild.getByRole("checkbox", { name: "Join spaces" }).isChecked()).toBe(false);
    await expectAccessible(owner.page, "group page with a privilege held through a nested group");
    await saveScreenshot(owner.page, "group");
    await guest.page.goto(parentUrl);
    const joinSpaces = cardIn(guest.page, "Members", "Second User (you)").getByRole("checkbox", { name: "Join spaces" });
    await joinSpaces.waitFor();
    expect(await joinSpaces.evaluate((box) => document.getElementById(box.getAttribute("aria-describedby")!)?.textContent)).toContain(
      `Join spaces (from the group “${child}”)`,
    );

    await owner.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Groups" }).click();
    await owner.page.getByRole("link", { name: child, exact: true }).waitFor();
    await saveScreenshot(owner.page, "groups");

    await owner.page.getByRole("link", { name: parent, exact: true }).click();
    await cardIn(owner.page, "Members", "Second User").getByRole("button", { name: "Remove Second User from the group" }).click();
    await expect.poll(() => cardIn(owner.page, "Members", "Second User").count()).toBe(0);
    await guest.page.goto(consoleUrl("#/groups"));
    await guest.page.getByRole("link", { name: child, exact: true }).waitFor();
    expect(await guest.page.getByRole("link", { name: parent, exact: true }).count()).toBe(0);
    await owner.context.close();
    await guest.context.close();
  });

  it("brings a group into a space; its users reach the space, the space shows the group, and a member's privilege held through it is explained in words, until they leave the group", async () => {
    const owner = await newPerson(browser);
    await signIn(owner.page, "dev-user");
    const team = await createAndOpenGroup(owner.page, "Analysts", "Team");
    const teamUrl = owner.page.url();
    const groupInvite = await issueToken(owner.page, "Create group invite token", "Group invite token");

    await owner.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Spaces" }).click();
    const space = uniqueName("Survey data");
    await owner.page.getByLabel("Name", { exact: true }).fill(space);
    await owner.page.getByRole("button", { name: "Create space" }).click();
    await owner.page.getByRole("link", { name: space }).click();
    await owner.page.getByRole("heading", { level: 1, name: space }).waitFor();
    const spaceUrl = owner.page.url();
    await owner.page.getByRole("region", { name: "Groups" }).getByText("No group is a member of this space.").waitFor();
    const spaceInvite = await issueToken(owner.page, "Create invite token", "Invite token");
    const groupToSpace = await issueToken(owner.page, "Create space invite token for a group", "Space invite token for a group");

    await owner.page.goto(teamUrl);
    await redeemToken(owner.page, "Space invite token for a group", "Join space with this group", groupToSpace);
    await owner.page.getByRole("region", { name: "Spaces of this group" }).getByRole("link", { name: space, exact: true }).waitFor();
    const groupSpace = uniqueName("Team space");
    await owner.page.getByLabel("Space name", { exact: true }).fill(groupSpace);
    await owner.page.getByRole("button", { name: "Create space for this group" }).click();
    await owner.page.getByRole("region", { name: "Spaces of this group" }).getByRole("link", { name: groupSpace, exact: true }).waitFor();
    await owner.page.getByRole("status").filter({ hasText: `Created the space “${groupSpace}”.` }).getByRole("link", { name: "Open the space" }).click();
    await owner.page.getByRole("heading", { level: 1, name: groupSpace }).waitFor();
    expect(await cardIn(owner.page, "Groups", team).getByRole("checkbox", { name: "Set privileges" }).isChecked()).toBe(true);
    await owner.page.getByRole("region", { name: "Members" }).getByText("No user is a direct member of this space.").waitFor();
    await owner.page.getByRole("region", { name: "Members" }).getByRole("listitem").filter({ hasText: /^dev-user \(you\)$/ }).waitFor();
    await owner.page.goto(teamUrl);

    const guest = await newPerson(browser);
    await signIn(guest.page, "dev-user-2", "#/groups");
    await redeemToken(guest.page, "Group invite token", "Join group", groupInvite);

    await owner.page.goto(spaceUrl);
    const groupCard = cardIn(owner.page, "Groups", team);
    await groupCard.waitFor();
    expect(await groupCard.getByRole("checkbox", { name: "View data" }).isChecked()).toBe(true);
    expect(await groupCard.getByRole("checkbox", { name: "Change data" }).isChecked()).toBe(false);
    await groupCard.getByRole("checkbox", { name: "Change data" }).check();
    await groupCard.getByRole("button", { name: `Save privileges of the group ${team}` }).click();
    await groupCard.getByRole("status").filter({ hasText: "Privileges saved." }).waitFor();
    const throughGroupsOnly = owner.page.getByRole("heading", { level: 3, name: "Members through groups only" });
    await throughGroupsOnly.waitFor();
    await owner.page.getByRole("region", { name: "Members" }).getByRole("listitem").filter({ hasText: /^dev-user-2$/ }).waitFor();
    expect(await cardIn(owner.page, "Members", "Second User").count()).toBe(0);

    await guest.page.goto(consoleUrl("#/"));
    const reached = guest.page.locator("li.card").filter({ has: guest.page.getByRole("link", { name: space, exact: true }) });
    await reached.getByText("You reach this space through your groups.").waitFor();
    expect(await reached.textContent()).toContain("Your privileges: Change data, View data");
    await reached.getByRole("link", { name: space, exact: true }).click();
    await guest.page.getByRole("heading", { level: 1, name: space }).waitFor();
    await guest.page.getByRole("region", { name: "Members" }).getByRole("listitem").filter({ hasText: /^dev-user-2 \(you\)$/ }).waitFor();
    await guest.page.goto(consoleUrl("#/"));
    await guest.page.getByLabel("Invite token", { exact: true }).fill(spaceInvite);
    await guest.page.getByRole("button", { name: "Join space" }).click();
    await guest.page.getByRole("status").filter({ hasText: "Joined." }).waitFor();
    await expect.poll(() => reached.getByText("You reach this space through your groups.").count()).toBe(0);

    await owner.page.getByRole("region", { name: "Members" }).getByRole("button", { name: "Refresh members" }).click();
    await expect.poll(() => throughGroupsOnly.count()).toBe(0);
    const guestCard = cardIn(owner.page, "Members", "Second User");
    await guestCard.getByText("through a group", { exact: true }).waitFor();
    const seenByOwner = await guestCard.locator(".through-explanation").textContent();
    expect(seenByOwner).toContain("Second User also holds this privilege only through groups: Change data (from a group).");
    expect(await guestCard.getByRole("checkbox", { name: "Change data" }).isChecked()).toBe(false);
    await expectAccessible(owner.page, "space with a group");
    await saveScreenshot(owner.page, "space-groups");

    await guest.page.goto(spaceUrl);
    const myCard = cardIn(guest.page, "Members", "Second User (you)");
    await myCard.getByText("through a group", { exact: true }).waitFor();
    const checkbox = myCard.getByRole("checkbox", { name: "Change data" });
    expect(await checkbox.isChecked()).toBe(false);
    const description = await checkbox.evaluate((box) => document.getElementById(box.getAttribute("aria-describedby")!)?.textContent);
    expect(description).toContain(`Change data (from the group “${team}”)`);
    expect(await myCard.getByRole("checkbox", { name: "View data" }).isChecked()).toBe(true);
    expect(await myCard.getByText("through a group", { exact: true }).count()).toBe(1);
    await expectAccessible(guest.page, "space seen through a group");

    await guest.page.goto(consoleUrl("#/groups"));
    await guest.page.getByRole("link", { name: team, exact: true }).click();
    await guest.page.getByRole("button", { name: "Leave group…" }).click();
    await guest.page.getByRole("button", { name: "Leave permanently" }).click();
    await guest.page.getByRole("heading", { level: 1, name: "Your groups" }).waitFor();
    await guest.page.goto(spaceUrl);
    await cardIn(guest.page, "Members", "Second User (you)").getByRole("checkbox", { name: "View data" }).waitFor();
    expect(await cardIn(guest.page, "Members", "Second User (you)").getByText("through a group").count()).toBe(0);
    await owner.context.close();
    await guest.context.close();
  });

  it("creates and opens a group by keyboard alone at 360 px wide, with nothing wider than the screen", async () => {
    const { context, page } = await newPerson(browser, { width: 360, height: 740 });
    await signIn(page, "dev-user", "#/groups");
    await page.getByRole("heading", { level: 1, name: "Your groups" }).waitFor();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Groups" }).focus();
    let focusedId = "";
    for (let presses = 0; presses < 10 && focusedId !== "new-group-name"; presses++) {
      await page.keyboard.press("Tab");
      focusedId = await page.evaluate(() => document.activeElement?.id ?? "");
    }
    expect(focusedId).toBe("new-group-name");
    const name = uniqueName("Keyboard group");
    await page.keyboard.type(name);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("new-group-type");
    await page.keyboard.press("ArrowUp");
    expect(await page.getByLabel("Type").inputValue()).toBe("unit");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Create group");
    await page.keyboard.press("Enter");
    const card = page.locator("li.card").filter({ has: page.getByRole("link", { name, exact: true }) });
    await card.getByText("Unit").waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await card.getByRole("link", { name, exact: true }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name }).waitFor();
    await cardIn(page, "Members", "(you)").waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(page, "group at 360 px");
    await context.close();
  });

  it("explains in words why the last user who can set a group's privileges cannot leave it", async () => {
    const { context, page } = await newPerson(browser);
    await signIn(page, "dev-user");
    await createAndOpenGroup(page, "Solo group", "Role");
    await page.getByRole("button", { name: "Leave group…" }).click();
    const answer = page.waitForResponse((response) => response.request().method() === "DELETE" && response.url().includes("/user/groups/"));
    await page.getByRole("button", { name: "Leave permanently" }).click();
    const response = await answer;
    expect(response.status()).toBe(409);
    const { error_description } = (await response.json()) as { error_description: string };
    await page
      .getByRole("alert")
      .filter({ hasText: `Could not leave the group: ${error_description} A group must always keep at least one direct user who can set privileges` })
      .waitFor();
    await expectAccessible(page, "group leave refused");
    await context.close();
  });
});

/**
 * Nests the parent group into its own child with a fresh nest token from the
 * child, which would make a cycle; resolves to the status the API answered,
 * once the console has shown the refusal in words.
 */
async function nestIntoOwnChild(page: Page, parentUrl: string): Promise<number> {
  const childLink = page.getByRole("region", { name: "Nested groups" }).locator("li.member h3 a").first();
  await childLink.click();
  await page.getByRole("button", { name: "Create nest token" }).waitFor();
  const token = await issueToken(page, "Create nest token", "Nest token");
  await page.goto(parentUrl);
  await page.getByLabel("Nest token from the parent group", { exact: true }).fill(token);
  const answer = page.waitForResponse((response) => response.request().method() === "POST" && response.url().endsWith("/nested/join"));
  await page.getByRole("button", { name: "Nest this group", exact: true }).click();
  const response = await answer;
  await page.getByRole("alert").filter({ hasText: "A group cannot be nested into itself or into a group nested in it." }).waitFor();
  return response.status();
}
