import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { StaticAssets } from "../../hosts/assets/StaticAssets.ts";

const dir = mkdtempSync(join(tmpdir(), "spacegate-assets-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const root = join(dir, "public");
mkdirSync(join(root, "console"), { recursive: true });
writeFileSync(join(root, "openapi.json"), '{"openapi":"3.1.1"}');
writeFileSync(join(root, "console", "index.html"), "<!doctype html>");
writeFileSync(join(dir, "secret.txt"), "outside");
const assets = new StaticAssets(root);

describe("the ASSETS binding of the Bun and Deno hosts", () => {
  it("answers a file with its type, and a folder's index.html for a path ending in /", async () => {
    const document = await assets.fetch(new URL("http://host/openapi.json"));
    expect([document.status, document.headers.get("content-type"), await document.text()]).toEqual([200, "application/json", '{"openapi":"3.1.1"}']);
    const page = await assets.fetch(new Request("http://host/console/"));
    expect([page.status, page.headers.get("content-type"), await page.text()]).toEqual([200, "text/html; charset=utf-8", "<!doctype html>"]);
  });

  it("answers HEAD without a body, and 404 for a missing file or a folder without its slash", async () => {
    const head = await assets.fetch(new Request("http://host/openapi.json", { method: "HEAD" }));
    expect([head.status, await head.text()]).toEqual([200, ""]);
    expect((await assets.fetch("http://host/nope.js")).status).toBe(404);
    expect((await assets.fetch("http://host/console")).status).toBe(404);
    expect((await assets.fetch("http://host/console/%E0%A4%A")).status).toBe(404);
  });

  it("never serves a file outside its folder", async () => {
    for (const path of ["/%2e%2e/secret.txt", "/console/%2e%2e/%2e%2e/secret.txt", "/..%2fsecret.txt"]) {
      expect({ path, status: (await assets.fetch(`http://host${path}`)).status }).toEqual({ path, status: 404 });
    }
  });
});
