import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { call, callAs, spaceIdFrom, uniqueUser } from "../support/api";
import { userToken } from "../support/tokens";
import { expectApiError, expectUnauthorized } from "../support/expectApiError";
import { expectGeneric500, sqlLiteral, withFailingInsert } from "../support/injectFailure";

/** The methods a 405's `Allow` names, leaving out OPTIONS (CORS preflight, answered on every known path). */
function allowedMethods(response: Response): Set<string> {
  const methods = (response.headers.get("Allow") ?? "").split(",").map((method) => method.trim());
  return new Set(methods.filter((method) => method !== "" && method !== "OPTIONS"));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("404 not_found", () => {
  it.each(["/nope", "/space", "/spaces/extra/segments/here", "/api/v3/onezone/nope", "/api/v3/onezone", "/api/v2/spaces", "/SPACES"])(
    "answers an unknown path %s with 404 not_found",
    async (path) => {
      await expectApiError(await call(path), 404, "not_found");
    },
  );

  it("answers 404 not_found for an unknown path whatever the method", async () => {
    await expectApiError(await call("/nope", { method: "POST", body: "{}" }), 404, "not_found");
  });
});

describe("405 method_not_allowed with Allow", () => {
  it.each([
    ["GET", "/spaces", "POST"],
    ["PUT", "/spaces", "POST"],
    ["DELETE", "/spaces", "POST"],
    ["PUT", `/spaces/${"a".repeat(32)}`, "GET, HEAD, PATCH, DELETE"],
    ["POST", `/spaces/${"a".repeat(32)}`, "GET, HEAD, PATCH, DELETE"],
    ["PUT", "/user/spaces/token", "GET, HEAD, POST"],
    ["GET", "/api/v3/onezone/spaces", "POST"],
    ["DELETE", "/api/v3/onezone/user/spaces", "GET, HEAD"],
  ])("answers %s %s with 405 and Allow: %s", async (method, path, allow) => {
    const response = await call(path, { method });
    expect(allowedMethods(response)).toEqual(new Set(allow.split(", ")));
    await expectApiError(response, 405, "method_not_allowed");
  });
});

describe("405 for HEAD", () => {
  it("answers HEAD /spaces with 405, Allow: POST and no body", async () => {
    const response = await call("/spaces", { method: "HEAD" });
    expect({ status: response.status, allow: allowedMethods(response) }).toEqual({ status: 405, allow: new Set(["POST"]) });
    expect(await response.text()).toBe("");
  });
});

describe("500 internal_server_error on a storage failure", () => {
  it("answers a generic JSON 500 naming only the request id, and writes nothing", async () => {
    const user = uniqueUser("doomed");
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    await withFailingInsert("space_members", `NEW.user_id = ${sqlLiteral(user)}`, async () => {
      // No internals in the body or headers; the cause goes to the log, under the same request id.
      await expectGeneric500(await callAs(await userToken(user), "POST", "/spaces", { name: "Doomed" }), logged);
    });
    // One atomic batch: the space row before the failing membership row is gone too.
    const spaces = await env.DB.prepare("SELECT COUNT(*) AS n FROM spaces WHERE creator_id = ?1").bind(user).first<{ n: number }>();
    const members = await env.DB.prepare("SELECT COUNT(*) AS n FROM space_members WHERE user_id = ?1").bind(user).first<{ n: number }>();
    expect({ spaces: spaces!.n, members: members!.n }).toEqual({ spaces: 0, members: 0 });
  });

  it("answers the same user normally once the failure is gone", async () => {
    const user = uniqueUser("recovered");
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const token = await userToken(user);
    await withFailingInsert("space_members", `NEW.user_id = ${sqlLiteral(user)}`, async () => {
      await expectApiError(await callAs(token, "POST", "/spaces"), 500, "internal_server_error");
    });
    const created = await callAs(token, "POST", "/spaces");
    expect(created.status).toBe(201);
    const listed = await callAs(token, "GET", "/user/spaces");
    expect(await listed.json()).toEqual({ spaces: [spaceIdFrom(created)] });
  });
});

describe("headers on every response", () => {
  async function sampleResponses(): Promise<Record<string, Response>> {
    const token = await userToken(uniqueUser());
    return {
      created: await callAs(token, "POST", "/spaces", { name: "Headers" }),
      unauthorized: await call("/spaces", { method: "POST" }),
      invalidToken: await callAs("garbage", "POST", "/spaces"),
      badRequest: await callAs(token, "POST", "/spaces", { name: "!" }),
      notFound: await call("/nope"),
      methodNotAllowed: await call("/spaces"),
    };
  }

  it("sets X-Content-Type-Options: nosniff on successes and errors alike", async () => {
    for (const [label, response] of Object.entries(await sampleResponses())) {
      expect({ label, nosniff: response.headers.get("X-Content-Type-Options") }).toEqual({ label, nosniff: "nosniff" });
    }
  });

  it("sets a distinct X-Request-Id on every response", async () => {
    const ids = Object.values(await sampleResponses()).map((response) => response.headers.get("X-Request-Id"));
    for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("uses the edge's cf-ray as the request id when present", async () => {
    const response = await call("/nope", { headers: { "cf-ray": "8f1e2d3c4b5a6978-AMS" } });
    expect(response.headers.get("X-Request-Id")).toBe("8f1e2d3c4b5a6978-AMS");
    await expectApiError(response, 404, "not_found");
  });

  it("answers a 201 with Location /spaces/{32 hex} and an empty body", async () => {
    const response = await callAs(await userToken(uniqueUser()), "POST", "/spaces", { name: "Located" });
    expect(response.status).toBe(201);
    expect(response.headers.get("Location")).toMatch(/^\/spaces\/[0-9a-f]{32}$/);
    expect(await response.text()).toBe("");
  });
});

describe("HEAD", () => {
  it("answers HEAD on GET /spaces/{id} with the GET status and headers but no body", async () => {
    const token = await userToken(uniqueUser());
    const spaceId = spaceIdFrom(await callAs(token, "POST", "/spaces", { name: "Headed" }));
    const head = await callAs(token, "HEAD", `/spaces/${spaceId}`);
    expect(head.status).toBe(200);
    expect(head.headers.get("Content-Type")).toBe("application/json");
    expect(head.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(await head.text()).toBe("");
    const get = await callAs(token, "GET", `/spaces/${spaceId}`);
    expect(await get.json()).toMatchObject({ spaceId, name: "Headed" });
  });

  it("answers HEAD on the 3.0 base path with no body", async () => {
    const token = await userToken(uniqueUser());
    await callAs(token, "POST", "/spaces");
    const head = await callAs(token, "HEAD", "/api/v3/onezone/user/spaces");
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });

  it("answers HEAD without a token with 401 and no body", async () => {
    const head = await call(`/spaces/${"b".repeat(32)}`, { method: "HEAD" });
    expect(head.status).toBe(401);
    expect(head.headers.get("WWW-Authenticate")).toBe("Bearer");
    expect(await head.text()).toBe("");
  });

  it("answers HEAD on an unknown path with 404 and no body", async () => {
    const head = await call("/nope", { method: "HEAD" });
    expect(head.status).toBe(404);
    expect(await head.text()).toBe("");
  });
});

describe("401 on every authenticated route", () => {
  it.each([
    ["POST", "/spaces"],
    ["GET", `/spaces/${"c".repeat(32)}`],
    ["GET", "/user/spaces"],
    ["GET", "/api/v3/onezone/user/spaces"],
  ])("answers %s %s without a token with 401 unauthorized", async (method, path) => {
    await expectUnauthorized(await call(path, { method }));
  });
});
