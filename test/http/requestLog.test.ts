import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from "vitest";
import { call, callAs, spaceIdFrom, uniqueUser } from "../support/api";
import { userToken } from "../support/tokens";
import { callWithEnv } from "../support/callWithEnv";
import { expectApiError } from "../support/expectApiError";
import { registerProvider, spaceCreateToken } from "../support/providers";

const LOG_FIELDS = ["callerId", "callerKind", "durationMs", "method", "requestId", "route", "status"];

let logged: MockInstance<typeof console.log>;
let errors: MockInstance<typeof console.error>;

beforeEach(() => {
  logged = vi.spyOn(console, "log").mockImplementation(() => undefined);
  errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** Runs `send` and answers its response with every console.log line it caused. */
async function withLog(send: () => Promise<Response>): Promise<{ response: Response; lines: string[] }> {
  logged.mockClear();
  const response = await send();
  return { response, lines: logged.mock.calls.map((args) => args.map(String).join(" ")) };
}

/** The one structured line a request must log, parsed, with its exact field set checked. */
function onlyLine(lines: string[]): Record<string, unknown> {
  expect(lines).toHaveLength(1);
  const entry = JSON.parse(lines[0]!) as Record<string, unknown>;
  expect(Object.keys(entry).sort()).toEqual(LOG_FIELDS);
  expect(entry.durationMs).toEqual(expect.any(Number));
  expect(entry.durationMs as number).toBeGreaterThanOrEqual(0);
  return entry;
}

describe("one structured JSON log line per request off Cloudflare (no cf-ray)", () => {
  it("logs a user's read with id, method, route pattern, status, duration and caller", async () => {
    const user = uniqueUser("logged");
    const token = await userToken(user);
    const spaceId = spaceIdFrom(await callAs(token, "POST", "/spaces", { name: "Logged" }));
    const { response, lines } = await withLog(() => callAs(token, "GET", `/spaces/${spaceId}`));
    expect(response.status).toBe(200);
    expect(onlyLine(lines)).toMatchObject({
      requestId: response.headers.get("X-Request-Id"),
      method: "GET",
      route: "/spaces/:id",
      status: 200,
      callerKind: "user",
      callerId: user,
    });
  });

  it("logs the route pattern under the base path, and a provider as the caller", async () => {
    const provider = await registerProvider();
    const { response, lines } = await withLog(() => callAs(provider.token, "GET", "/api/v3/onezone/provider/spaces"));
    expect(response.status).toBe(200);
    expect(onlyLine(lines)).toMatchObject({
      route: "/provider/spaces", // the base path is stripped before routing: one pattern per route
      status: 200,
      callerKind: "provider",
      callerId: provider.providerId,
    });
  });

  it.each([
    ["an unauthenticated request", "POST", "/spaces", 401, "/spaces"],
    ["an unknown path", "GET", "/no/such/path", 404, "*"],
    ["a wrong method", "PUT", "/user/spaces", 405, "/user/spaces"],
    ["a preflight", "OPTIONS", "/spaces", 204, "/spaces"],
  ])("logs %s once, with no caller", async (_label, method, path, status, route) => {
    const { response, lines } = await withLog(() => call(path, { method }));
    expect(response.status).toBe(status);
    expect(onlyLine(lines)).toMatchObject({ method, route, status, callerKind: null, callerId: null });
  });

  it("never logs a token, a body or a query string", async () => {
    const user = uniqueUser("secretive");
    const token = await userToken(user);
    const provider = await registerProvider();
    const createToken = await spaceCreateToken(token);
    const secrets = [token, provider.token, createToken, "query-secret-value"];
    const { lines } = await withLog(async () => {
      await call("/user/spaces?token=query-secret-value", { headers: { Authorization: `Bearer ${token}` } });
      await call("/user/spaces", { headers: { macaroon: token } });
      await callAs(provider.token, "POST", "/spaces", { name: "Redeemed", token: createToken });
      return call("/user/spaces", { headers: { "X-Auth-Token": `${token}x` } });
    });
    expect(lines).toHaveLength(4);
    const everything = [...lines, ...errors.mock.calls.map((args) => args.map(String).join(" "))].join("\n");
    for (const secret of secrets) {
      expect(everything).not.toContain(secret);
      expect(everything).not.toContain(secret.split(".")[2] ?? secret);
    }
  });
});

describe("on Cloudflare (a cf-ray on the request), a log line for errors only", () => {
  // Workers Logs record every invocation with its status and cf-ray already;
  // errors keep their line, with the route and caller the platform lacks.
  const onCloudflare = (token?: string) => ({ "cf-ray": "7a6b5c4d3e2f1a0b-CDG", ...(token ? { "X-Auth-Token": token } : {}) });

  it("logs nothing for a success: a create, a read, a preflight", async () => {
    const token = await userToken(uniqueUser("ray"));
    const { response: created, lines: createLines } = await withLog(() =>
      call("/spaces", { method: "POST", headers: { ...onCloudflare(token), "Content-Type": "application/json" }, body: '{"name":"Rayed"}' }),
    );
    expect(created.status).toBe(201);
    expect(created.headers.get("X-Request-Id")).toBe("7a6b5c4d3e2f1a0b-CDG");
    const { response: read, lines: readLines } = await withLog(() => call(created.headers.get("Location")!, { headers: onCloudflare(token) }));
    expect(read.status).toBe(200);
    const { response: preflight, lines: preflightLines } = await withLog(() => call("/spaces", { method: "OPTIONS", headers: onCloudflare() }));
    expect(preflight.status).toBe(204);
    expect([...createLines, ...readLines, ...preflightLines]).toEqual([]);
  });

  it.each([
    ["no token", "POST", "/spaces", 401, undefined],
    ["an unknown path", "GET", "/no/such/path", 404, undefined],
    ["a wrong method", "PUT", "/user/spaces", 405, undefined],
    ["a user's bad body", "POST", "/spaces", 400, "!"],
  ])("logs one line for an error (%s), with the cf-ray as its id and the caller", async (_label, method, path, status, name) => {
    const user = uniqueUser("ray");
    const token = name === undefined ? undefined : await userToken(user);
    const body = name === undefined ? undefined : JSON.stringify({ name });
    const headers = { ...onCloudflare(token), ...(body ? { "Content-Type": "application/json" } : {}) };
    const { response, lines } = await withLog(() => call(path, { method, headers, body }));
    expect(response.status).toBe(status);
    expect(onlyLine(lines)).toMatchObject({
      requestId: "7a6b5c4d3e2f1a0b-CDG",
      method,
      status,
      callerKind: token ? "user" : null,
      callerId: token ? user : null,
    });
  });
});

describe("X-Request-Id", () => {
  it("is Cloudflare's cf-ray when present, and an error's log line carries the same id", async () => {
    const { response, lines } = await withLog(() => call("/no/such/path", { headers: { "cf-ray": "8f1e2d3c4b5a6978-AMS" } }));
    expect(response.headers.get("X-Request-Id")).toBe("8f1e2d3c4b5a6978-AMS");
    expect(onlyLine(lines)).toMatchObject({ requestId: "8f1e2d3c4b5a6978-AMS", status: 404 });
  });

  it("is quoted by a 500, whose log line and error log carry it too", async () => {
    const { response, lines } = await withLog(() =>
      callWithEnv("/.well-known/jwks.json", { headers: { "cf-ray": "9a8b7c6d5e4f3a2b-FRA" } }, { ZONE_SIGNING_KEY: "" }),
    );
    const text = await response.clone().text();
    await expectApiError(response, 500, "internal_server_error");
    expect(response.headers.get("X-Request-Id")).toBe("9a8b7c6d5e4f3a2b-FRA");
    expect(JSON.parse(text).error_description).toContain("9a8b7c6d5e4f3a2b-FRA");
    expect(onlyLine(lines)).toMatchObject({ requestId: "9a8b7c6d5e4f3a2b-FRA", route: "/.well-known/jwks.json", status: 500 });
    const errorLines = errors.mock.calls.map((args) => args.map(String).join(" "));
    expect(errorLines.some((line) => line.includes("9a8b7c6d5e4f3a2b-FRA") && line.includes("ZONE_SIGNING_KEY"))).toBe(true);
  });
});
