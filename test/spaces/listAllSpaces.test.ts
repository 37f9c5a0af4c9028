import { describe, expect, it } from "vitest";
import { call, callAs, spaceIdFrom, uniqueUser } from "../support/api";
import { userToken } from "../support/tokens";
import { expectApiError } from "../support/expectApiError";
import { adminToken, registerProvider } from "../support/providers";

interface Page {
  spaces: string[];
  nextPageToken: string | null;
}

async function page(query: string): Promise<Page> {
  const response = await callAs(await adminToken(), "GET", `/spaces${query}`);
  expect({ status: response.status, cacheControl: response.headers.get("Cache-Control") }).toEqual({ status: 200, cacheControl: "no-store" });
  return (await response.json()) as Page;
}

describe("GET /spaces (zone administrators)", () => {
  it("pages through every space exactly once, in id order, with opaque keyset tokens", async () => {
    const token = await userToken(uniqueUser());
    const created = new Set<string>();
    for (let i = 0; i < 7; i++) created.add(spaceIdFrom(await callAs(token, "POST", "/spaces", {})));
    const seen: string[] = [];
    let next: string | null = "";
    let pages = 0;
    while (next !== null) {
      const current: Page = await page(`?limit=3${next ? `&page_token=${encodeURIComponent(next)}` : ""}`);
      expect(current.spaces.length).toBeLessThanOrEqual(3);
      if (current.nextPageToken !== null) expect(current.nextPageToken).not.toMatch(/^[0-9a-f]{32}$/);
      seen.push(...current.spaces);
      next = current.nextPageToken;
      pages++;
    }
    expect(seen).toEqual([...seen].sort());
    expect(new Set(seen).size).toBe(seen.length);
    for (const id of created) expect(seen).toContain(id);
    expect(pages).toBeGreaterThanOrEqual(3);
  });

  it("keeps its place when spaces are added before the cursor (keyset, not offset)", async () => {
    const first = await page("?limit=2");
    expect(first.nextPageToken).not.toBeNull();
    await callAs(await userToken(uniqueUser()), "POST", "/spaces", {});
    const second = await page(`?limit=2&page_token=${first.nextPageToken}`);
    for (const id of second.spaces) expect(id > first.spaces.at(-1)!).toBe(true);
  });

  it("defaults to 100 and takes 1000 at most", async () => {
    expect((await page("")).spaces.length).toBeLessThanOrEqual(100);
    expect((await page("?limit=1000")).spaces.length).toBeLessThanOrEqual(1000);
  });

  it.each([["0"], ["1001"], ["-1"], ["1.5"], ["ten"], [""]])("refuses limit=%j with 400 invalid_request", async (limit) => {
    await expectApiError(await callAs(await adminToken(), "GET", `/spaces?limit=${limit}`), 400, "invalid_request");
  });

  it.each([["garbage!"], ["AAAA"], [btoa("not-an-id")]])("refuses page_token=%j with 400 invalid_request", async (token) => {
    await expectApiError(await callAs(await adminToken(), "GET", `/spaces?page_token=${encodeURIComponent(token)}`), 400, "invalid_request");
  });

  it("refuses two limits with 400, a non-admin user and a provider with 403, no token with 401", async () => {
    await expectApiError(await callAs(await adminToken(), "GET", "/spaces?limit=1&limit=2"), 400, "invalid_request");
    await expectApiError(await callAs(await userToken(uniqueUser()), "GET", "/spaces"), 403, "forbidden");
    await expectApiError(await callAs((await registerProvider()).token, "GET", "/spaces"), 403, "forbidden");
    await expectApiError(await call("/spaces"), 401, "unauthorized");
  });

  it("answers under the 3.0 base path too", async () => {
    const response = await callAs(await adminToken(), "GET", "/api/v3/onezone/spaces?limit=1");
    expect(response.status).toBe(200);
  });
});
