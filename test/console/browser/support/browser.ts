import AxeBuilder from "@axe-core/playwright";
import { mkdirSync } from "node:fs";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { expect, inject } from "vitest";

/** Debian's Chromium (the `chromium` package), which `.ci/run` installs when it is missing. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** Where the suite saves screenshots of the main views (git-ignored; two are copied into docs/img/). */
export const SCREENSHOT_DIR = "test/console/screenshots";

/**
 * Launches headless Chromium. Playwright gives every launch a fresh temporary
 * `--user-data-dir` of its own; the flags keep it from reaching any network.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
  });
}

/** A browser context (its own cookies and sessionStorage: one person) that may use the clipboard. */
export async function newPerson(browser: Browser, viewport = { width: 1100, height: 850 }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: inject("consoleOrigin") });
  const page = await context.newPage();
  page.on("pageerror", (error) => console.error("page error:", error.message));
  return { context, page };
}

/** The console's URL for a view (`#/…`). */
export function consoleUrl(view = "#/"): string {
  return `${inject("consoleOrigin")}/console/${view}`;
}

/** Fills in the dev identity provider's real login page and waits to be back in the console. */
export async function logInAtIdp(page: Page, username: string, password = "dev"): Promise<void> {
  await page.waitForURL((url) => url.origin === inject("idpOrigin") && url.pathname.startsWith("/interaction/"));
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.origin === inject("consoleOrigin"));
}

/** Signs `username` in from the console's sign-in page and lands on `view`. */
export async function signIn(page: Page, username: string, view = "#/"): Promise<void> {
  await page.goto(consoleUrl(view));
  await page.getByRole("button", { name: "Sign in" }).click();
  await logInAtIdp(page, username);
  await expect.poll(() => page.getByRole("button", { name: "Sign out" }).isVisible()).toBe(true);
}

/** Asserts that axe-core finds no serious or critical violation on the page as it is now. */
export async function expectAccessible(page: Page, view: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const grave = violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({ view, rule: violation.id, impact: violation.impact, targets: violation.nodes.map((node) => node.target.join(" ")) }));
  expect(grave).toEqual([]);
}

/** Saves a screenshot of the page under SCREENSHOT_DIR. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: true });
}

/** A name no other test uses, so tests never share data. */
export function uniqueName(prefix: string): string {
  return `${prefix} ${Math.random().toString(36).slice(2, 8)}`;
}

/** The words the console shows for a token's expiry, in the browser's own locale and time zone. */
export async function expiryWords(page: Page, token: string): Promise<string> {
  const { exp } = JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString()) as { exp: number };
  return `Expires ${await page.evaluate((seconds) => new Date(seconds * 1000).toLocaleString(), exp)}.`;
}
