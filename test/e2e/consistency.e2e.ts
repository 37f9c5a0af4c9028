import { describe, expect, it } from "vitest";
import { BOOKMARK_HEADER, BOOKMARK_PATTERN, hostName, newUser, send, spaceIdFrom } from "./support/api.ts";

describe(`D1-Bookmark, on ${hostName}`, () => {
  it("is on every answer that used the database, in D1's shape, and absent otherwise", async () => {
    const user = await newUser("e2e-bookmark");
    const created = await send("POST", "/spaces", { token: user, body: { name: "Bookmarked" } });
    const read = await send("GET", `/spaces/${spaceIdFrom(created)}`, { token: user });
    for (const response of [created, read, await send("GET", "/user/spaces", { token: user })]) {
      expect(response.headers.get(BOOKMARK_HEADER)).toMatch(BOOKMARK_PATTERN);
    }
    expect((await send("GET", "/openapi.json")).headers.get(BOOKMARK_HEADER)).toBeNull();
  });

  it("sent back, the next request reads the client's own write; a malformed one is ignored", async () => {
    const user = await newUser("e2e-bookmark");
    const created = await send("POST", "/spaces", { token: user, body: { name: "Read mine" } });
    const bookmark = created.headers.get(BOOKMARK_HEADER)!;
    const listed = await send("GET", "/user/spaces", { token: user, headers: { [BOOKMARK_HEADER]: bookmark } });
    expect(listed.status).toBe(200);
    expect((await listed.json()).spaces).toEqual([spaceIdFrom(created)]);
    const malformed = await send("GET", "/user/spaces", { token: user, headers: { [BOOKMARK_HEADER]: "not a bookmark" } });
    expect(malformed.status).toBe(200);
    expect(malformed.headers.get(BOOKMARK_HEADER)).toMatch(BOOKMARK_PATTERN);
  });
});
