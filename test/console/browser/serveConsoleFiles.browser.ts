import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveConsoleFile } from "../../../console/serveConsoleFiles.mjs";

/** A built console of two files, laid out as `npm run console:build` lays it. */
let distDir: string;
beforeAll(() => {
  distDir = mkdtempSync(join(tmpdir(), "spacegate-console-dist-"));
  mkdirSync(join(distDir, "console", "assets"), { recursive: true });
  writeFileSync(join(distDir, "console", "index.html"), "<!doctype html><title>console</title>");
  writeFileSync(join(distDir, "console", "assets", "index-abc123.js"), "export {};");
  writeFileSync(join(distDir, "secret.txt"), "outside the console");
});
afterAll(() => rmSync(distDir, { recursive: true, force: true }));

const serve = (path: string, method = "GET") => serveConsoleFile(new Request(`http://zone.test${path}`, { method }), distDir);

describe("the console's files on Bun and Deno (serveConsoleFile)", () => {
  it("serves /console/ as index.html, revalidated on every load", async () => {
    const response = (await serve("/console/"))!;
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("Cache-Control")).toBe("public, max-age=0, must-revalidate");
    expect(await response.text()).toBe("<!doctype html><title>console</title>");
  });

  it("redirects /console and /console/index.html to /console/, keeping the query", async () => {
    for (const path of ["/console?code=1", "/console/index.html?code=1"]) {
      const response = (await serve(path))!;
      expect({ path, status: response.status, location: response.headers.get("Location") }).toEqual({ path, status: 307, location: "/console/?code=1" });
    }
  });

  it("serves hashed assets as immutable JavaScript, and HEAD without a body", async () => {
    const response = (await serve("/console/assets/index-abc123.js"))!;
    expect(response.headers.get("Content-Type")).toBe("text/javascript; charset=utf-8");
    expect(response.headers.get("Cache-Control")).toBe("public, max-age=31536000, immutable");
    const head = (await serve("/console/assets/index-abc123.js", "HEAD"))!;
    expect(head.status).toBe(200);
    expect(head.headers.get("Content-Length")).toBe("10");
    expect(await head.text()).toBe("");
  });

  it("leaves every other request to the worker: config.json, unknown files, the API, writes and escapes", async () => {
    for (const [path, method] of [["/console/config.json", "GET"], ["/console/nothing.js", "GET"], ["/user/spaces", "GET"],
      ["/console/", "POST"], ["/console/../secret.txt", "GET"], ["/console/%2e%2e/secret.txt", "GET"], ["/console/assets/", "GET"]]) {
      expect({ path, method, answer: await serve(path!, method) }).toEqual({ path, method, answer: null });
    }
  });
});
