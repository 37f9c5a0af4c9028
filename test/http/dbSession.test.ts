import { describe, expect, it } from "vitest";
import { env } from "cloudflare:workers";
import { call, callAs, spaceIdFrom, uniqueUser } from "../support/api";
import { userToken } from "../support/tokens";
import { callWithEnv, requestAs } from "../support/callWithEnv";
import { countingDb } from "../support/countingDb";

/*
 * D1 sessions: every response that used D1 carries the session's
 * `D1-Bookmark`; a client that sends it back continues its session from that
 * bookmark (so it reads its own writes, also from a read replica); and
 * browsers may send and read the header (CORS).
 *
 * Locally there are no replicas, so a read sees every write whatever the
 * bookmark. What can be observed is what the session starts from: the tests
 * call the worker with its real D1 binding wrapped (test/support/countingDb.ts)
 * so that the argument of `withSession` is recorded.
 */

const BOOKMARK_HEADER = "D1-Bookmark";

/** The comma-separated names of a CORS header, lower-cased. */
function listed(response: Response, header: string): string[] {
  return (response.headers.get(header) ?? "").split(",").map((name) => name.trim().toLowerCase()).filter(Boolean);
}

describe("D1-Bookmark", () => {
  it("is set on every response of a route that reads or writes D1", async () => {
    const token = await userToken(uniqueUser("bookmark"));
    const created = await callAs(token, "POST", "/spaces", { name: "Bookmarked" });
    const spaceId = spaceIdFrom(created);
    const responses = {
      "POST /spaces": created,
      "GET /user/spaces": await callAs(token, "GET", "/user/spaces"),
      "GET /spaces/{id}": await callAs(token, "GET", `/spaces/${spaceId}`),
      "PATCH /spaces/{id}": await callAs(token, "PATCH", `/spaces/${spaceId}`, { name: "Rebookmarked" }),
      "DELETE /spaces/{id}": await callAs(token, "DELETE", `/spaces/${spaceId}`),
    };
    for (const [label, response] of Object.entries(responses)) {
      expect({ label, bookmark: response.headers.get(BOOKMARK_HEADER) }).toEqual({ label, bookmark: expect.stringMatching(/\S/) });
    }
  });

  // Local D1 has one copy, so a read sees every write whatever the session: what this can show is
  // that the bookmark reaches D1 as the session's start, which is what read-your-writes rests on.
  it("sent back with the next request, is handed to D1 as that request's session start", async () => {
    const token = await userToken(uniqueUser("bookmark"));
    const created = await callAs(token, "POST", "/spaces", { name: "Read mine" });
    const bookmark = created.headers.get(BOOKMARK_HEADER)!;
    const db = countingDb(env.DB);
    const listed = await callWithEnv("/user/spaces", requestAs(token, "GET", undefined, { [BOOKMARK_HEADER]: bookmark }), { DB: db.db });
    expect(db.sessionStarts).toEqual([bookmark]);
    expect(listed.status).toBe(200);
    expect(await listed.json()).toEqual({ spaces: [spaceIdFrom(created)], default: null });
  });

  it.each([
    ["GET", "/user/spaces", "first-unconstrained"],
    ["POST", "/spaces", "first-primary"],
  ])("without one, %s %s starts its session %s", async (method, path, start) => {
    const db = countingDb(env.DB);
    const token = await userToken(uniqueUser("bookmark"));
    const response = await callWithEnv(path, requestAs(token, method, method === "POST" ? {} : undefined), { DB: db.db });
    expect(response.status).toBeLessThan(300);
    expect(db.sessionStarts).toEqual([start]);
  });

  it.each(["!!!", "a b", "x".repeat(300), "'; DROP TABLE spaces; --"])("ignores a bookmark that cannot be one: %j", async (bookmark) => {
    const token = await userToken(uniqueUser("bookmark"));
    const db = countingDb(env.DB);
    const response = await callWithEnv("/user/spaces", requestAs(token, "GET", undefined, { [BOOKMARK_HEADER]: bookmark }), { DB: db.db });
    expect(response.status).toBe(200);
    expect(db.sessionStarts).toEqual(["first-unconstrained"]);
    expect(response.headers.get(BOOKMARK_HEADER)).not.toBe(bookmark);
  });

  it("may be sent by a browser (preflight) and read by one (exposed)", async () => {
    const origin = "https://app.example";
    const preflight = await call("/user/spaces", {
      method: "OPTIONS",
      headers: { Origin: origin, "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "x-auth-token, d1-bookmark" },
    });
    expect(listed(preflight, "Access-Control-Allow-Headers")).toContain(BOOKMARK_HEADER.toLowerCase());
    const actual = await call("/user/spaces", { headers: { Origin: origin, "X-Auth-Token": await userToken(uniqueUser()) } });
    expect(listed(actual, "Access-Control-Expose-Headers")).toEqual(
      expect.arrayContaining([BOOKMARK_HEADER.toLowerCase(), "idempotent-replayed", "location", "x-request-id"]),
    );
  });
});
