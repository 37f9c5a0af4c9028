import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { mintUserToken } from "../../../scripts/lib/devConfig.mjs";
import { expectAccessible, launchChromium, saveScreenshot, uniqueName } from "./support/browser";

interface OpenedReference {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Every request the page tried to send beyond the zone's origin (each refused). */
  readonly outside: string[];
}

/** The zone's OpenAPI document, as the reference loads it. */
async function servedDocument(): Promise<{ tags: { name: string }[]; paths: Record<string, Record<string, { operationId: string }>> }> {
  return (await fetch(`${inject("consoleOrigin")}/openapi.json`)).json();
}

describe("the API reference at /docs/", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  /** Opens `/docs` in a fresh context that refuses (and records) every request beyond the zone's origin: offline but for it. */
  async function openReference(): Promise<OpenedReference> {
    const origin = inject("consoleOrigin");
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const outside: string[] = [];
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (new URL(url).origin === origin) return route.continue();
      outside.push(url);
      return route.abort("internetdisconnected");
    });
    const page = await context.newPage();
    // Swagger UI renders the whole document at once: slow on a busy 2-core machine.
    page.setDefaultTimeout(60_000);
    page.on("pageerror", (error) => console.error("page error:", error.message));
    await page.goto(`${origin}/docs`);
    await page.getByRole("heading", { level: 1, name: /^spacegate/ }).waitFor();
    return { context, page, outside };
  }

  it("loads from its own origin alone (/docs redirects to /docs/), lists every tag of the document, and passes axe", async () => {
    const { context, page, outside } = await openReference();
    expect(page.url()).toBe(`${inject("consoleOrigin")}/docs/`);
    const tags = (await servedDocument()).tags.map((tag) => tag.name);
    expect(tags.length).toBeGreaterThan(0);
    // Each tag is a heading: its name, then its description.
    for (const tag of tags) await page.getByRole("heading", { level: 3, name: new RegExp(`^${tag}\\b`) }).waitFor();
    const shown = await page.locator("h3.opblock-tag").evaluateAll((headings) => headings.map((heading) => heading.getAttribute("data-tag")));
    expect(shown).toEqual(tags);
    await expectAccessible(page, "API reference");
    await saveScreenshot(page, "docs");
    expect(outside).toEqual([]);
    await context.close();
  }, 180_000);

  it("'Try it out' with a pasted user token creates a space at this origin, and keeps the token in memory only", async () => {
    const origin = inject("consoleOrigin");
    const token = await mintUserToken(inject("devVars"), "dev-user", 300);
    const { context, page, outside } = await openReference();

    await page.getByRole("button", { name: "Authorize" }).first().click();
    const dialog = page.getByRole("dialog");
    const scheme = dialog.locator(".auth-container").filter({ has: page.getByRole("heading", { name: /XAuthToken/ }) });
    await scheme.getByRole("textbox").fill(token);
    await scheme.getByRole("button", { name: "Authorize" }).click();
    await scheme.getByRole("button", { name: "Logout" }).waitFor();
    await expectAccessible(page, "API reference, Authorize dialog");
    await dialog.getByRole("button", { name: "Close" }).first().click();

    const operationId = (await servedDocument()).paths["/spaces"]!.post!.operationId;
    const operation = page.locator(`#operations-Space-${operationId}`);
    await operation.locator(".opblock-summary-control").click();
    await operation.getByRole("button", { name: "Try it out" }).click();
    const name = uniqueName("From the reference");
    await operation.locator("textarea.body-param__text").fill(JSON.stringify({ name }));
    const answered = page.waitForResponse((response) => response.request().method() === "POST" && response.url() === `${origin}/spaces`);
    await operation.getByRole("button", { name: "Execute" }).click();
    const response = await answered;
    expect(response.status()).toBe(201);
    expect(await response.request().headerValue("x-auth-token")).toBe(token);
    await operation.locator(".live-responses-table .response-col_status").filter({ hasText: "201" }).waitFor();
    await expectAccessible(page, "API reference, a call's answer");

    const location = (await response.headerValue("location"))!;
    const read = await fetch(`${origin}${location}`, { headers: { "X-Auth-Token": token } });
    expect(read.status).toBe(200);
    expect(await read.json()).toMatchObject({ name });

    const stored = await page.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }, document.cookie]));
    expect(stored.includes(token)).toBe(false);
    expect(await context.cookies()).toEqual([]);
    await page.reload();
    await page.getByRole("heading", { level: 1, name: /^spacegate/ }).waitFor();
    expect(await page.evaluate(() => (window as unknown as SwaggerUiWindow).ui.authSelectors.authorized().toJS())).toEqual({});
    expect(outside).toEqual([]);
    await context.close();
  }, 240_000);
});

/** The part of Swagger UI's global (`window.ui`, docs.js) the test reads: who is authorized. */
interface SwaggerUiWindow {
  ui: { authSelectors: { authorized(): { toJS(): unknown } } };
}
