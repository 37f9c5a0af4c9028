import { describe, expect, it } from "vitest";
import { BOOKMARK_HEADER, BOOKMARK_PATTERN, hostMode, hostName, newUser, send, spaceIdFrom } from "./support/api.ts";

/**
 * What a bookmark looks like on this host: D1's shape on D1 and SQLite; none
 * on PostgreSQL, which has no read replicas here (docs/scaling-out.md), so
 * every read already sees every committed write.
 */
const expectedBookmark = hostMode.database === "postgres" ? null : expect.stringMatching(BOOKMARK_PATTERN);

describe(`D1-Bookmark, on ${hostName}`, () => {
  it("is on every answer that used the database, in D1's shape (none on PostgreSQL), and absent otherwise", async () => {
    const user = await newUser("e2e-bookmark");
    const created = await send("POST", "/spaces", { token: user, body: { name: "Bookmarked" } });
    const read = await send("GET", `/spaces/${spaceIdFrom(created)}`, { token: user });
    for (const response of [created, read, await send("GET", "/user/spaces", { token: user })]) {
      expect(response.headers.get(BOOKMARK_HEADER)).toEqual(expectedBookmark);
    }
    expect((await send("GET", "/openapi.json")).headers.get(BOOKMARK_HEADER)).toBeNull();
  });

  it("sent back, the next request reads the client's own write; a malformed one is ignored", async () => {
    const user = await newUser("e2e-bookmark");
    const created = await send("POST", "/spaces", { token: user, body: { name: "Read mine" } });
    const bookmark = created.headers.get(BOOKMARK_HEADER);
    const listed = await send("GET", "/user/spaces", { token: user, headers: bookmark === null ? {} : { [BOOKMARK_HEADER]: bookmark } });
    expect(listed.status).toBe(200);
    expect((await listed.json()).spaces).toEqual([spaceIdFrom(created)]);
    const malformed = await send("GET", "/user/spaces", { token: user, headers: { [BOOKMARK_HEADER]: "not a bookmark" } });
    expect(malformed.status).toBe(200);
    expect(malformed.headers.get(BOOKMARK_HEADER)).toEqual(expectedBookmark);
  });
});
