/**
 * The migrations this code needs applied, by file name: `migrations/*.sql` on
 * D1 and SQLite, `migrations/postgres/*.sql` of the same names on PostgreSQL.
 * The Worker reads no folder, so the list is written here; a test fails when
 * it differs from the folders (test/health/migrationNames.test.ts).
 */
export const MIGRATION_NAMES: readonly string[] = [
  "0001_spaces_and_providers.sql",
  "0002_idempotency_keys.sql",
  "0003_members_invitations_support.sql",
  "0004_spent_tokens.sql",
  "0005_groups.sql",
];
