// Every store function, one statement each, on both engines: the same story of spaces, members,
// supports, tokens and groups is told to SQLite (the Bun and Deno hosts' SqliteDb, D1's engine)
// and to PostgreSQL (PostgresDb), and each step must answer alike. What each answer should be is
// the worker suites' business (they run on D1); a few are spelled out here so that two engines
// failing alike cannot pass.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPostgresPool } from "../../hosts/postgres/createPostgresPool.ts";
import { PostgresDb } from "../../src/postgres/PostgresDb.ts";
import { applyMigrations } from "../../hosts/sqlite/applyMigrations.ts";
import { SqliteDb } from "../../hosts/sqlite/SqliteDb.ts";
import type { Caller } from "../../src/auth/Caller.ts";
import type { Db } from "../../src/common/Db.ts";
import { sql } from "../../src/common/sql.ts";
import { createSpaceAtomically, type SpaceCreation } from "../../src/creation/creationStore.ts";
import { GROUP_PRIVILEGES } from "../../src/groups/groupPrivileges.ts";
import { createSpaceForGroup } from "../../src/groups/groupSpaceCreation.ts";
import { joinSpaceAsGroup, leaveSpaceAsGroup, listEffectiveSpaces, listGroupSpaces, readGroupSpace } from "../../src/groups/groupSpaceStore.ts";
import { createGroup, deleteGroup, leaveGroup, listAllGroups, listEffectiveGroups, listUserGroups, modifyGroup, readGroup } from "../../src/groups/groupStore.ts";
import { joinGroup, nestGroup } from "../../src/groups/groupTokenStore.ts";
import {
  listEffectiveGroupUsers, listGroupUsers, readEffectiveGroupUserPrivileges, readGroupUser, readGroupUserPrivileges, removeGroupUser, setGroupUserPrivileges,
} from "../../src/groups/groupUserStore.ts";
import { listNesting, readNestedGroup, readNestedPrivileges, removeNestedGroup, setNestedPrivileges } from "../../src/groups/nestedGroupStore.ts";
import {
  listSpaceEffectiveUsers, listSpaceGroups, readSpaceEffectivePrivileges, readSpaceGroup, readSpaceGroupPrivileges, removeSpaceGroup, setSpaceGroupPrivileges,
} from "../../src/groups/spaceGroupStore.ts";
import { readAppliedMigrations } from "../../src/health/healthStore.ts";
import { purgeExpiredRecords } from "../../src/maintenance/purgeExpiredRecords.ts";
import { addMemberSql, leaveSpace, listMembers, readMember, readMemberPrivileges, removeMember, setMemberPrivileges } from "../../src/members/memberStore.ts";
import { deleteProvider, findProvider, insertProvider, isRegisteredSql } from "../../src/providers/providerStore.ts";
import { SPACE_PRIVILEGES } from "../../src/spaces/spacePrivileges.ts";
import {
  checkPrivilege, deleteSpace, listAllSpaces, listProviderSpaces, listUserSpaces, readSpace, readSpaceProviders, renameSpace,
} from "../../src/spaces/spaceStore.ts";
import { addSupportSql, readSpaceProvider, removeSupport, stopSupporting } from "../../src/supports/supportStore.ts";
import { spendOnSpace } from "../../src/tokens/tokenStore.ts";
import { readDefaultSpace, setDefaultSpace } from "../../src/users/userStore.ts";
import { createTestDatabase } from "./support/testDatabase.ts";

const alice: Caller = { kind: "user", id: "alice", name: "Alice" };
const bob: Caller = { kind: "user", id: "bob", name: "Bob" };
const carol: Caller = { kind: "user", id: "carol", name: "Carol" };
const dave: Caller = { kind: "user", id: "dave" };
const provider: Caller = { kind: "provider", id: "prov1" };
const secondProvider: Caller = { kind: "provider", id: "prov2" };
const NOW = 1_000;

const userSpace = (spaceId: string, owner: Caller, quota = 0): SpaceCreation =>
  ({ spaceId, name: `space ${spaceId}`, ownerId: owner.id, createdAt: NOW, creator: { type: "user", id: owner.id }, creatorName: "Alice", quota });
const spend = (tokenId: string, subjectId: string) => ({ type: "test", tokenId, expiresAt: NOW + 3600, subjectId, now: NOW });

/**
 * The story, step by step: each step's answer (or its error's message) under
 * its name, in order. Everything is deterministic (ids, times), so both
 * engines must tell it word for word.
 */
async function tellStory(db: Db): Promise<[string, unknown][]> {
  const answers: [string, unknown][] = [];
  const step = async (name: string, work: () => Promise<unknown>) => {
    try {
      answers.push([name, await work()]);
    } catch (error) {
      answers.push([name, { error: String(error) }]);
    }
  };
  const spendOn = (tokenId: string, spaceId: string, writes: Parameters<typeof spendOnSpace>[2], precondition?: ReturnType<typeof sql>) =>
    spendOnSpace(db, { type: "test", tokenId, expiresAt: NOW + 3600, spaceId, now: NOW }, writes, precondition);

  // Providers and spaces.
  await step("insert provider", () => insertProvider(db, { providerId: "prov1", name: "Provider 1" }, NOW));
  await step("insert second provider", () => insertProvider(db, { providerId: "prov2", name: "Provider 2" }, NOW));
  await step("find provider", () => findProvider(db, "prov1"));
  await step("create s1", () => createSpaceAtomically(db, userSpace("s1", alice)));
  await step("create s2 (quota 2)", () => createSpaceAtomically(db, userSpace("s2", alice, 2)));
  await step("create s3 over quota 2", () => createSpaceAtomically(db, userSpace("s3", alice, 2)));
  const supported = (spaceId: string, tokenId: string, key: string, hash: string, providerId = "prov1"): SpaceCreation => ({
    ...userSpace(spaceId, alice), creator: { type: "provider", id: providerId }, creatorName: undefined,
    support: { providerId, size: 1024, tokenId, tokenExpiresAt: NOW + 3600 },
    idempotency: { principal: providerId, key, requestHash: hash },
  });
  await step("create sp with support and key", () => createSpaceAtomically(db, supported("sp", "t-create", "k1", "h1")));
  await step("replay sp", () => createSpaceAtomically(db, supported("sp-again", "t-create-2", "k1", "h1")));
  await step("reuse key k1", () => createSpaceAtomically(db, supported("sp-other", "t-create-3", "k1", "h2")));
  await step("spend creation token twice", () => createSpaceAtomically(db, supported("sp-twice", "t-create", "k2", "h1")));
  await step("read s1 as alice", () => readSpace(db, "s1", alice));
  await step("read s1 as bob", () => readSpace(db, "s1", bob));
  await step("read sp as its provider", () => readSpace(db, "sp", provider));
  await step("read sp as its provider, supporter route", () => readSpace(db, "sp", provider, "supporter"));
  await step("read sp as member route by a provider", () => readSpace(db, "sp", provider, "member"));
  await step("sp providers as alice", () => readSpaceProviders(db, "sp", alice));
  await step("sp providers as bob", () => readSpaceProviders(db, "sp", bob));
  await step("alice's spaces", () => listUserSpaces(db, "alice"));
  await step("all spaces, first page", () => listAllSpaces(db, null, 2));
  await step("all spaces, next page", () => listAllSpaces(db, "s2", 2));
  await step("alice views s1", () => checkPrivilege(db, "s1", alice, "space_view_data"));
  await step("bob views s1", () => checkPrivilege(db, "s1", bob, "space_view_data"));
  await step("prov1's spaces", () => listProviderSpaces(db, "prov1"));
  await step("rename s1 as alice", () => renameSpace(db, "s1", alice, "renamed"));
  await step("rename s1 as bob", () => renameSpace(db, "s1", bob, "nope"));

  // Invitations, members, the last administrator, default spaces.
  const invite = (user: Caller, privileges = ["space_view_data"] as const) =>
    (spentHere: ReturnType<typeof sql>) => [addMemberSql("s1", user.id, privileges, NOW, spentHere)];
  await step("invite bob", () => spendOn("t-invite-bob", "s1", invite(bob)));
  await step("invite bob again", () => spendOn("t-invite-bob", "s1", invite(bob)));
  await step("invite to a missing space", () => spendOn("t-invite-x", "nowhere", invite(bob)));
  await step("invite failing its precondition", () => spendOn("t-invite-y", "s1", invite(carol), sql`FALSE`));
  await step("invite carol, provider registered", () => spendOn("t-invite-carol", "s1", invite(carol), isRegisteredSql("prov1")));
  await step("s1 members as alice", () => listMembers(db, "s1", alice));
  await step("s1 members as dave", () => listMembers(db, "s1", dave));
  await step("bob as member", () => readMember(db, "s1", alice, "bob"));
  await step("dave as member", () => readMember(db, "s1", alice, "dave"));
  await step("bob's privileges", () => readMemberPrivileges(db, "s1", bob, "bob"));
  await step("bob removes s1", () => checkPrivilege(db, "s1", bob, "space_remove"));
  await step("alice demotes herself, the last administrator", () => setMemberPrivileges(db, "s1", alice, "alice", ["space_view_data"]));
  await step("alice promotes bob", () => setMemberPrivileges(db, "s1", alice, "bob", SPACE_PRIVILEGES));
  await step("alice demotes herself", () => setMemberPrivileges(db, "s1", alice, "alice", ["space_view_data"]));
  await step("bob leaves, the last administrator", () => leaveSpace(db, "s1", "bob"));
  await step("bob removes dave", () => removeMember(db, "s1", bob, "dave"));
  await step("carol removes alice", () => removeMember(db, "s1", carol, "alice"));
  await step("alice leaves", () => leaveSpace(db, "s1", "alice"));
  await step("dave leaves s1", () => leaveSpace(db, "s1", "dave"));
  await step("bob's default s1", () => setDefaultSpace(db, "bob", "s1"));
  await step("bob's default", () => readDefaultSpace(db, "bob"));
  await step("bob's default s2", () => setDefaultSpace(db, "bob", "s2"));
  await step("bob's spaces", () => listUserSpaces(db, "bob"));
  await step("bob clears his default", () => setDefaultSpace(db, "bob", null));
  await step("bob's default, cleared", () => readDefaultSpace(db, "bob"));

  // Supports.
  await step("prov2 supports s1", () => spendOn("t-support", "s1", (spentHere) => [addSupportSql("s1", "prov2", null, NOW, spentHere)]));
  await step("s1 as prov2", () => readSpace(db, "s1", secondProvider));
  await step("prov2 on s1 as bob", () => readSpaceProvider(db, "s1", bob, "prov2"));
  await step("prov2 on s1 as itself", () => readSpaceProvider(db, "s1", secondProvider, "prov2"));
  await step("prov1 on s1 as bob", () => readSpaceProvider(db, "s1", bob, "prov1"));
  await step("carol removes prov2's support", () => removeSupport(db, "s1", carol, "prov2"));
  await step("bob removes prov2's support", () => removeSupport(db, "s1", bob, "prov2"));
  await step("bob removes it again", () => removeSupport(db, "s1", bob, "prov2"));
  await step("prov1 stops supporting sp", () => stopSupporting(db, "sp", "prov1"));
  await step("prov1 stops supporting sp again", () => stopSupporting(db, "sp", "prov1"));

  // Groups, nesting, groups in spaces.
  await step("alice creates g1", () => createGroup(db, { groupId: "g1", name: "G1", type: "team", creatorId: "alice", creatorName: "Alice", now: NOW }));
  await step("carol creates g2", () => createGroup(db, { groupId: "g2", name: "G2", type: "role", creatorId: "carol", creatorName: undefined, now: NOW }));
  await step("read g1 as alice", () => readGroup(db, "g1", "alice"));
  await step("read g1 as carol", () => readGroup(db, "g1", "carol"));
  await step("alice modifies g1", () => modifyGroup(db, "g1", "alice", { name: "G one" }));
  await step("dave joins g2", () => joinGroup(db, spend("t-join-dave", "g2"), { id: "dave", name: "Dave" }));
  await step("dave joins g2 again", () => joinGroup(db, spend("t-join-dave", "g2"), { id: "dave" }));
  await step("g2 nests into g1", () => nestGroup(db, spend("t-nest", "g1"), "carol", "g2"));
  await step("g1 nests into g2: a cycle", () => nestGroup(db, spend("t-nest-back", "g2"), "alice", "g1"));
  await step("g1 users", () => listGroupUsers(db, "g1", "alice"));
  await step("g1 effective users", () => listEffectiveGroupUsers(db, "g1", "alice"));
  await step("dave in g1, direct", () => readGroupUser(db, "g1", "alice", "dave", false));
  await step("dave in g1, effective", () => readGroupUser(db, "g1", "dave", "dave", true));
  await step("alice's privileges in g1", () => readGroupUserPrivileges(db, "g1", "alice", "alice"));
  await step("dave's effective privileges in g1", () => readEffectiveGroupUserPrivileges(db, "g1", "alice", "dave"));
  await step("g1 children", () => listNesting(db, "g1", "alice", "nested"));
  await step("g2 parents", () => listNesting(db, "g2", "carol", "parent"));
  await step("g2 in g1", () => readNestedGroup(db, "g1", "alice", "nested", "g2"));
  await step("g2's privileges in g1", () => readNestedPrivileges(db, "g1", "alice", "g2"));
  await step("g2 gets group_view_data, group_set_privileges in g1", () => setNestedPrivileges(db, "g1", "alice", "g2", ["group_view_data", "group_set_privileges"]));
  await step("dave's effective privileges in g1, again", () => readEffectiveGroupUserPrivileges(db, "g1", "dave", "dave"));
  await step("carol's groups", () => listUserGroups(db, "carol"));
  await step("dave's effective groups", () => listEffectiveGroups(db, "dave"));
  await step("all groups", () => listAllGroups(db, null, 10));
  await step("alice makes s4 for g1", () => createSpaceForGroup(db, { spaceId: "s4", groupId: "g1", name: "S4", creator: { id: "alice", name: "Alice" }, createdAt: NOW, quota: 0 }));
  await step("dave makes s5 for g1", () => createSpaceForGroup(db, { spaceId: "s5", groupId: "g1", name: "S5", creator: { id: "dave" }, createdAt: NOW, quota: 0 }));
  await step("g1 spaces", () => listGroupSpaces(db, "g1", "dave"));
  await step("s4 through g1", () => readGroupSpace(db, "g1", "alice", "s4"));
  await step("s1 through g1", () => readGroupSpace(db, "g1", "alice", "s1"));
  await step("g2 joins s1", () => joinSpaceAsGroup(db, spend("t-space-group", "s1"), "carol", "g2"));
  await step("g1 joins s1 without the privilege", () => joinSpaceAsGroup(db, spend("t-space-group-2", "s1"), "dave", "g1"));
  await step("s1 groups", () => listSpaceGroups(db, "s1", bob));
  await step("g2 in s1", () => readSpaceGroup(db, "s1", dave, "g2"));
  await step("g2's privileges in s1", () => readSpaceGroupPrivileges(db, "s1", bob, "g2"));
  await step("s1 effective users", () => listSpaceEffectiveUsers(db, "s1", bob));
  await step("dave's effective privileges in s1", () => readSpaceEffectivePrivileges(db, "s1", bob, "dave"));
  await step("dave views s1 through g2", () => checkPrivilege(db, "s1", dave, "space_view_data"));
  await step("dave's spaces, effective", () => listEffectiveSpaces(db, "dave"));
  await step("bob makes g2 an administrator of s1", () => setSpaceGroupPrivileges(db, "s1", bob, "g2", SPACE_PRIVILEGES));
  await step("bob leaves s1, g2 administers it", () => leaveSpace(db, "s1", "bob"));
  await step("g2 leaves s1, its last administrator", () => leaveSpaceAsGroup(db, "g2", "carol", "s1"));
  await step("dave removes g2 from s1", () => removeSpaceGroup(db, "s1", dave, "g2"));
  await step("alice deletes g1, last administrator of s4", () => deleteGroup(db, "g1", "alice"));
  await step("alice leaves g1, its last administrator", () => leaveGroup(db, "g1", "alice"));
  await step("carol gives dave group_view_data", () => setGroupUserPrivileges(db, "g2", { id: "carol" }, "dave", ["group_view_data"]));
  await step("carol removes dave from g2", () => removeGroupUser(db, "g2", { id: "carol", name: "Carol" }, "dave"));
  await step("carol removes herself from g2", () => removeGroupUser(db, "g2", { id: "carol" }, "carol"));
  await step("alice removes g2 from g1", () => removeNestedGroup(db, "g1", "alice", "g2"));
  await step("g1 children, after", () => listNesting(db, "g1", "alice", "nested"));

  // Deleting, purging, the health check, a provider gone.
  await step("bob deletes s2", () => deleteSpace(db, "s2", bob));
  await step("alice deletes s2", () => deleteSpace(db, "s2", alice));
  await step("alice's spaces, after", () => listUserSpaces(db, "alice"));
  await step("purge", () => purgeExpiredRecords(db, NOW + 10 * 365 * 86_400));
  await step("migrations", async () => [...(await readAppliedMigrations(db))].sort());
  await step("delete prov1", () => deleteProvider(db, "prov1"));
  await step("create for a provider gone", () => createSpaceAtomically(db, supported("sp-gone", "t-create-4", "k3", "h1")));
  return answers;
}

const folder = mkdtempSync(join(tmpdir(), "spacegate-stores-"));
let sqlite: SqliteDb;
let postgres: PostgresDb;
let told: { sqlite: [string, unknown][]; postgres: [string, unknown][] };
beforeAll(async () => {
  sqlite = new SqliteDb(join(folder, "stores.sqlite"));
  applyMigrations(sqlite, new URL("../../migrations/", import.meta.url).pathname);
  postgres = new PostgresDb(createPostgresPool({ url: await createTestDatabase({ migrated: true }), max: 2 }));
  told = { sqlite: await tellStory(sqlite), postgres: await tellStory(postgres) };
});
afterAll(async () => {
  sqlite?.close();
  await postgres?.close();
  rmSync(folder, { recursive: true, force: true });
});

const answer = (engine: "sqlite" | "postgres", name: string) => told[engine].find(([step]) => step === name)?.[1];

describe("every store function on SQLite and PostgreSQL", () => {
  it("runs without an error on SQLite", () => {
    expect(told.sqlite.filter(([, value]) => typeof value === "object" && value !== null && "error" in value)).toEqual([]);
  });

  it("answers on PostgreSQL what it answers on SQLite, step by step", () => {
    expect(told.postgres.map(([name]) => name)).toEqual(told.sqlite.map(([name]) => name));
    for (const [index, [name, value]] of told.sqlite.entries()) expect({ name, value: told.postgres[index]![1] }).toEqual({ name, value });
  });

  it("tells the story the worker suites check on D1 (a few answers spelled out)", () => {
    for (const engine of ["sqlite", "postgres"] as const) {
      expect(answer(engine, "create s3 over quota 2")).toEqual({ kind: "quota_exceeded" });
      expect(answer(engine, "replay sp")).toEqual({ kind: "replayed", spaceId: "sp" });
      expect(answer(engine, "reuse key k1")).toEqual({ kind: "key_reused" });
      expect(answer(engine, "spend creation token twice")).toEqual({ kind: "token_spent" });
      expect(answer(engine, "read s1 as bob")).toEqual({ kind: "not_found", what: "space" });
      expect(answer(engine, "alice's spaces")).toEqual({ spaces: ["s1", "s2", "sp"] });
      expect(answer(engine, "invite bob again")).toBe("already_spent");
      expect(answer(engine, "invite to a missing space")).toBe("space_gone");
      expect(answer(engine, "invite failing its precondition")).toBe("precondition_failed");
      expect(answer(engine, "s1 members as alice")).toEqual({ kind: "ok", value: ["alice", "bob", "carol"] });
      expect(answer(engine, "alice demotes herself, the last administrator")).toEqual({ kind: "conflict", why: "last_administrator" });
      expect(answer(engine, "bob's spaces")).toEqual({ spaces: ["s1"], default: "s1" });
      expect(answer(engine, "g1 nests into g2: a cycle")).toEqual({ kind: "conflict", why: "cycle" });
      expect(answer(engine, "g1 effective users")).toEqual({ kind: "ok", value: ["alice", "carol", "dave"] });
      expect(answer(engine, "dave's effective privileges in g1, again")).toEqual({ kind: "ok", value: GROUP_PRIVILEGES.filter((p) => ["group_view_data", "group_set_privileges"].includes(p)) });
      expect(answer(engine, "dave views s1 through g2")).toEqual({ kind: "ok", value: undefined });
      expect(answer(engine, "alice deletes g1, last administrator of s4")).toEqual({ kind: "conflict", why: "last_space_administrator" });
      expect(answer(engine, "alice deletes s2")).toEqual({ kind: "ok", value: undefined });
      expect(answer(engine, "create for a provider gone")).toEqual({ kind: "provider_gone" });
    }
  });
});
