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

  it("renames and deletes a group, behind a confirmation, only for those who hold the privileges; the API's refusals are shown in its words", async () => {
    const owner = await newPerson(browser);
    await signIn(owner.page, "dev-user");
    await createAndOpenGroup(owner.page, "Renamable", "Team");
    const groupUrl = owner.page.url();
    const invite = await issueToken(owner.page, "Create group invite token", "Group invite token");
    const guest = await newPerson(browser);
    await signIn(guest.page, "dev-user-2", "#/groups");
    await redeemToken(guest.page, "Group invite token", "Join group", invite);
    await guest.page.goto(groupUrl);
    await guest.page.getByRole("button", { name: "Leave group…" }).waitFor();
    expect(await guest.page.getByRole("region", { name: "Rename", exact: true }).count()).toBe(0);
    expect(await guest.page.getByRole("button", { name: "Delete group…" }).count()).toBe(0);

    await owner.page.getByLabel("New name", { exact: true }).fill("x");
    const refused = await answerTo(owner.page, "PATCH", "/groups/", () => owner.page.getByRole("button", { name: "Rename group" }).click());
    expect(refused.status).toBe(400);
    await owner.page.getByRole("alert").filter({ hasText: `Could not rename the group: ${refused.description}` }).waitFor();
    const renamed = uniqueName("Renamed team");
    await owner.page.getByLabel("New name", { exact: true }).fill(renamed);
    await owner.page.getByRole("button", { name: "Rename group" }).click();
    await owner.page.getByRole("heading", { level: 1, name: renamed }).waitFor();
    await owner.page.getByRole("region", { name: "Rename", exact: true }).getByRole("status").filter({ hasText: "Renamed." }).waitFor();
    await guest.page.goto(consoleUrl("#/groups"));
    await guest.page.getByRole("link", { name: renamed, exact: true }).waitFor();

    await owner.page.getByRole("button", { name: "Delete group…" }).click();
    await owner.page.getByRole("group", { name: `Delete “${renamed}” for everyone in it?`, exact: false }).waitFor();
    await expectAccessible(owner.page, "group deletion asked to confirm");
    await owner.page.getByRole("button", { name: "Delete group permanently" }).click();
    await owner.page.getByRole("heading", { level: 1, name: "Your groups" }).waitFor();
    await groupListLoaded(owner.page);
    expect(await owner.page.getByRole("link", { name: renamed, exact: true }).count()).toBe(0);
    await guest.page.reload();
    await groupListLoaded(guest.page);
    expect(await guest.page.getByRole("link", { name: renamed, exact: true }).count()).toBe(0);

    const holder = await createAndOpenGroup(owner.page, "Space holder", "Team");
    await owner.page.getByLabel("Space name", { exact: true }).fill(uniqueName("Held space"));
    await owner.page.getByRole("button", { name: "Create space for this group" }).click();
    await owner.page.getByRole("region", { name: "Spaces of this group" }).getByRole("link").first().waitFor();
    await owner.page.getByRole("button", { name: "Delete group…" }).click();
    const conflict = await answerTo(owner.page, "DELETE", "/groups/", () => owner.page.getByRole("button", { name: "Delete group permanently" }).click());
    expect(conflict.status).toBe(409);
    await owner.page
      .getByRole("alert")
      .filter({ hasText: `Could not delete the group: ${conflict.description} A space must always keep at least one member who can set privileges` })
      .waitFor();
    await owner.page.getByRole("heading", { level: 1, name: holder }).waitFor();
    await expectAccessible(owner.page, "group deletion refused");
    await owner.context.close();
    await guest.context.close();
  });

  it("takes a nested group out, lets a group leave a space and gives a group's space creation token; a user without the privileges sees the API's refusal", async () => {
    const owner = await newPerson(browser);
    await signIn(owner.page, "dev-user");
    const space = uniqueName("Shared data");
    await owner.page.getByLabel("Name", { exact: true }).fill(space);
    await owner.page.getByRole("button", { name: "Create space" }).click();
    await owner.page.getByRole("link", { name: space, exact: true }).click();
    await owner.page.getByRole("heading", { level: 1, name: space }).waitFor();
    const spaceUrl = owner.page.url();
    const spaceToken = await issueToken(owner.page, "Create space invite token for a group", "Space invite token for a group");

    await createAndOpenGroup(owner.page, "Department", "Unit");
    const parentUrl = owner.page.url();
    const invite = await issueToken(owner.page, "Create group invite token", "Group invite token");
    const nestToken = await issueToken(owner.page, "Create nest token", "Nest token");
    await redeemToken(owner.page, "Space invite token for a group", "Join space with this group", spaceToken);
    const ownSpace = uniqueName("Department space");
    await owner.page.getByLabel("Space name", { exact: true }).fill(ownSpace);
    await owner.page.getByRole("button", { name: "Create space for this group" }).click();
    const spacesOfGroup = owner.page.getByRole("region", { name: "Spaces of this group" });
    await spacesOfGroup.getByRole("link", { name: ownSpace, exact: true }).waitFor();
    const child = await createAndOpenGroup(owner.page, "Desk", "Team");
    await redeemToken(owner.page, "Nest token from the parent group", "Nest this group", nestToken);

    const guest = await newPerson(browser);
    await signIn(guest.page, "dev-user-2", "#/groups");
    await redeemToken(guest.page, "Group invite token", "Join group", invite);
    await guest.page.goto(parentUrl);
    const guestChildCard = cardIn(guest.page, "Nested groups", child);
    const forbidden = await answerTo(guest.page, "DELETE", "/nested/", () =>
      guestChildCard.getByRole("button", { name: `Remove the nested group ${child}` }).click(),
    );
    expect(forbidden.status).toBe(403);
    await guestChildCard.getByRole("alert").filter({ hasText: `Could not remove the nested group ${child}: ${forbidden.description}` }).waitFor();
    const tokenRefused = await answerTo(guest.page, "GET", "/spaces/token", () =>
      guest.page.getByRole("button", { name: "Create space creation token for this group" }).click(),
    );
    expect(tokenRefused.status).toBe(403);
    await guest.page.getByRole("alert").filter({ hasText: `Could not create a space creation token for the group: ${tokenRefused.description}` }).waitFor();
    await expectAccessible(guest.page, "group page, actions refused");

    await owner.page.goto(parentUrl);
    const childCard = cardIn(owner.page, "Nested groups", child);
    await childCard.getByRole("button", { name: `Remove the nested group ${child}` }).click();
    await owner.page.getByRole("region", { name: "Nested groups" }).getByText("No group is nested in this one.").waitFor();
    expect(await childCard.count()).toBe(0);

    const token = await issueToken(owner.page, "Create space creation token for this group", "Space creation token for this group");
    expect(JSON.parse(Buffer.from(token.split(".")[0]!, "base64url").toString())).toMatchObject({ typ: "space-create+jwt" });

    const lastAdmin = await answerTo(owner.page, "DELETE", "/spaces/", () =>
      spacesOfGroup.getByRole("button", { name: `Leave the space ${ownSpace}` }).click(),
    );
    expect(lastAdmin.status).toBe(409);
    await spacesOfGroup
      .getByRole("alert")
      .filter({ hasText: `Could not leave the space ${ownSpace}: ${lastAdmin.description} A space must always keep at least one member who can set privileges` })
      .waitFor();
    await spacesOfGroup.getByRole("button", { name: `Leave the space ${space}` }).click();
    await expect.poll(() => spacesOfGroup.getByRole("link", { name: space, exact: true }).count()).toBe(0);
    expect(await spacesOfGroup.getByRole("link", { name: ownSpace, exact: true }).count()).toBe(1);
    await expectAccessible(owner.page, "group page after removals");

    await owner.page.goto(spaceUrl);
    await owner.page.getByRole("region", { name: "Groups" }).getByText("No group is a member of this space.").waitFor();
    await owner.page.goto(consoleUrl(`#/groups/${await groupIdOf(owner.page, child)}`));
    await owner.page.getByText("This group is not nested in another group.").waitFor();
    await owner.context.close();
    await guest.context.close();
  });

  it("lists every group in the zone for a zone administrator, a page at a time, and not for anyone else", async () => {
    const { context, page } = await newPerson(browser);
    await signIn(page, "admin", "#/groups");
    const mine = await createAndOpenGroup(page, "Admin group", "Organization");
    const mineId = page.url().split("/").pop()!;
    const total = await page.evaluate(async (name) => {
      const headers = { "X-Auth-Token": JSON.parse(sessionStorage.getItem("spacegate.session")!).accessToken, "Content-Type": "application/json" };
      const count = async () => ((await (await fetch("/groups?limit=1000", { headers })).json()) as { groups: string[] }).groups.length;
      for (let n = await count(); n <= 20; n++) await fetch("/groups", { method: "POST", headers, body: JSON.stringify({ name: `${name} ${n}` }) });
      return count();
    }, mine);
    expect(total).toBeGreaterThan(20);

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Groups" }).click();
    const all = page.getByRole("region", { name: "All groups in the zone" });
    await all.getByRole("link").first().waitFor();
    expect(await all.getByRole("link").count()).toBe(20);
    const more = all.getByRole("button", { name: "Show more groups" });
    while (await more.count()) {
      const shown = await all.getByRole("link").count();
      await more.click();
      await expect.poll(() => all.getByRole("link").count()).toBeGreaterThan(shown);
    }
    expect(await all.getByRole("link").count()).toBe(total);
    await all.getByRole("link", { name: mineId, exact: true }).click();
    await page.getByRole("heading", { level: 1, name: mine }).waitFor();
    await page.goBack();
    await all.getByRole("link").first().waitFor();
    await expectAccessible(page, "groups view of a zone administrator");
    await context.close();

    const person = await newPerson(browser);
    await signIn(person.page, "dev-user", "#/groups");
    await groupListLoaded(person.page);
    expect(await person.page.getByRole("region", { name: "All groups in the zone" }).count()).toBe(0);
    await person.context.close();
  });
});

/** Runs `act`, which makes the console call `method` on a URL containing `path`, and resolves to the API's status and error_description. */
async function answerTo(page: Page, method: string, path: string, act: () => Promise<void>): Promise<{ status: number; description: string }> {
  const answer = page.waitForResponse((response) => response.request().method() === method && response.url().includes(path));
  await act();
  const response = await answer;
  const { error_description } = (await response.json()) as { error_description: string };
  return { status: response.status(), description: error_description };
}

/** Waits until the Groups view has loaded the person's groups (their cards, or the words for none). */
async function groupListLoaded(page: Page): Promise<void> {
  await page.getByRole("region", { name: "Groups you belong to" }).locator("ul.cards, p:not([aria-busy])").first().waitFor();
}

/** The id of the group named `name` among the signed-in person's groups. */
async function groupIdOf(page: Page, name: string): Promise<string> {
  await page.goto(consoleUrl("#/groups"));
  await groupListLoaded(page);
  const card = page.locator("li.card").filter({ has: page.getByRole("link", { name, exact: true }) });
  return (await card.getAttribute("data-group-id"))!;
}

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
