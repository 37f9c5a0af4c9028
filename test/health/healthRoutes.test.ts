// GET /healthz and GET /readyz on Workers over the real local D1 (src/health/): anyone may ask,
// nothing is cached, and readiness is 503 `unavailable` with Retry-After while the database
// does not answer or lacks a migration this version needs.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { call } from "../support/api";
import { expectApiError } from "../support/expectApiError";

/** Runs `body` while the migrations table is renamed away (the readiness query then fails on D1), restoring it after. */
async function withoutMigrationsTable<T>(body: () => Promise<T>): Promise<T> {
  await env.DB.prepare("ALTER TABLE d1_migrations RENAME TO d1_migrations_hidden").run();
  try {
    return await body();
  } finally {
    await env.DB.prepare("ALTER TABLE d1_migrations_hidden RENAME TO d1_migrations").run();
  }
}

/** Runs `body` while the record of the newest migration is missing, restoring it after. */
async function withoutNewestMigration<T>(body: () => Promise<T>): Promise<T> {
  const newest = await env.DB.prepare("SELECT id, name, applied_at FROM d1_migrations ORDER BY id DESC LIMIT 1").first<{ id: number; name: string; applied_at: string }>();
  await env.DB.prepare("DELETE FROM d1_migrations WHERE id = ?").bind(newest!.id).run();
  try {
    return await body();
  } finally {
    await env.DB.prepare("INSERT INTO d1_migrations (id, name, applied_at) VALUES (?, ?, ?)").bind(newest!.id, newest!.name, newest!.applied_at).run();
  }
}

describe("GET /healthz", () => {
  it("answers 200 {status: ok}, uncached, to anyone, under both base paths", async () => {
    for (const path of ["/healthz", "/api/v3/onezone/healthz"]) {
      const response = await call(path, { headers: { "X-Auth-Token": "not a token at all" } });
      expect(response.status).toBe(200);
      expect(response.headers.get("Cache-Control")).toBe("no-store");
      expect(response.headers.get("X-Request-Id")).toBeTruthy();
      expect(await response.json()).toEqual({ status: "ok" });
    }
  });

  it("asks nothing of the database: it stays 200 while readiness fails", async () => {
    await withoutMigrationsTable(async () => {
      expect((await call("/healthz")).status).toBe(200);
      expect((await call("/readyz")).status).toBe(503);
    });
  });
});

describe("GET /readyz", () => {
  it("answers 200 {status: ready}, uncached, when the database answers and every migration is applied", async () => {
    const response = await call("/readyz", { headers: { Authorization: "Bearer expired.or.forged" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ready" });
    expect((await call("/readyz", { method: "HEAD" })).status).toBe(200);
  });

  it("answers 503 unavailable with Retry-After when a migration this version needs is missing", async () => {
    const response = await withoutNewestMigration(() => call("/readyz"));
    expect(response.headers.get("Retry-After")).toBe("5");
    await expectApiError(response, 503, "unavailable");
    expect((await call("/readyz")).status).toBe(200);
  });

  it("answers 503 unavailable with Retry-After when the database query fails, and names no internals", async () => {
    const response = await withoutMigrationsTable(() => call("/readyz"));
    expect(response.headers.get("Retry-After")).toBe("5");
    const body = await response.clone().text();
    for (const word of ["d1_migrations", "SQLITE", "D1_", "no such table"]) expect(body).not.toContain(word);
    await expectApiError(response, 503, "unavailable");
  });
});
