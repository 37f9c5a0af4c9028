import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { MIGRATION_NAMES } from "../../src/health/migrationNames";

describe("MIGRATION_NAMES", () => {
  it("is exactly the migrations folder, in order (the PostgreSQL suite checks migrations/postgres/ has the same names)", () => {
    expect(MIGRATION_NAMES).toEqual(env.TEST_MIGRATIONS.map((migration) => migration.name));
  });
});
