import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { runBatch } from "../../src/common/runBatch";
import { rememberNameSql } from "../../src/users/userStore";

async function remember(userId: string, name: string): Promise<number> {
  const [result] = await runBatch(env.DB, [rememberNameSql(userId, name)]);
  return result!.meta.changes;
}

async function nameOf(userId: string): Promise<unknown> {
  return (await env.DB.prepare("SELECT name FROM users WHERE id = ?").bind(userId).first<{ name: string }>())?.name;
}

describe("rememberNameSql", () => {
  it("writes a new user's name, leaves the row alone while the name stays, and writes a new name", async () => {
    const userId = `remember-${crypto.randomUUID()}`;
    expect(await remember(userId, "Ada")).toBe(1);
    expect(await remember(userId, "Ada")).toBe(0);
    expect(await nameOf(userId)).toBe("Ada");
    expect(await remember(userId, "Ada L.")).toBe(1);
    expect(await nameOf(userId)).toBe("Ada L.");
  });

  it("fills in the name of a user kept without one (a default space set first)", async () => {
    const userId = `remember-${crypto.randomUUID()}`;
    await env.DB.prepare("INSERT INTO users (id) VALUES (?)").bind(userId).run();
    expect(await remember(userId, "Grace")).toBe(1);
    expect(await nameOf(userId)).toBe("Grace");
  });
});
