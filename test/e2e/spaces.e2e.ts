import { describe, expect, it } from "vitest";
import { baseUrl, createSpace, expectError, hostName, newUser, send, spaceIdFrom } from "./support/api.ts";

describe(`spaces of a user, on ${hostName}`, () => {
  it("a user creates a space, follows its Location and finds it in their list", async () => {
    const user = await newUser();
    const created = await send("POST", "/spaces", { token: user, body: { name: "End to end" } });
    expect(created.status).toBe(201);
    expect(await created.text()).toBe("");
    const spaceId = spaceIdFrom(created);
    const read = await send("GET", created.headers.get("location")!, { token: user });
    expect(read.status).toBe(200);
    const space = await read.json();
    expect(space).toMatchObject({ spaceId, name: "End to end", providers: {}, creator: { type: "user" } });
    expect(space.creationTime).toEqual(expect.any(Number));
    const list = await send("GET", "/api/v3/onezone/user/spaces", { token: user });
    expect(list.status).toBe(200);
    expect((await list.json()).spaces).toEqual([spaceId]);
  });

  it("a missing name is `Unnamed space`; an empty body means {}", async () => {
    const user = await newUser();
    const spaceId = await createSpace(user);
    expect((await (await send("GET", `/spaces/${spaceId}`, { token: user })).json()).name).toBe("Unnamed space");
  });

  it("PATCH renames, DELETE removes, and strangers get 404", async () => {
    const owner = await newUser();
    const stranger = await newUser("e2e-stranger");
    const spaceId = await createSpace(owner, { name: "Before" });
    await expectError(await send("PATCH", `/spaces/${spaceId}`, { token: stranger, body: { name: "Theirs" } }), 404, "not_found");
    expect((await send("PATCH", `/spaces/${spaceId}`, { token: owner, body: { name: "After" } })).status).toBe(204);
    expect((await (await send("GET", `/spaces/${spaceId}`, { token: owner })).json()).name).toBe("After");
    await expectError(await send("DELETE", `/spaces/${spaceId}`, { token: stranger }), 404, "not_found");
    expect((await send("DELETE", `/spaces/${spaceId}`, { token: owner })).status).toBe(204);
    await expectError(await send("GET", `/spaces/${spaceId}`, { token: owner }), 404, "not_found");
    expect((await (await send("GET", "/user/spaces", { token: owner })).json()).spaces).toEqual([]);
  });

  it("GET /spaces/{id}/providers lists no provider for a user's own space", async () => {
    const user = await newUser();
    const spaceId = await createSpace(user);
    const response = await send("GET", `/api/v3/onezone/spaces/${spaceId}/providers`, { token: user });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ providers: [] });
  });
});

describe(`public documents, on ${hostName}`, () => {
  it("serves the zone's public keys and the OpenAPI document", async () => {
    const jwks = await send("GET", "/.well-known/jwks.json");
    expect(jwks.status).toBe(200);
    const { keys } = await jwks.json();
    expect(keys).toEqual([expect.objectContaining({ kty: "EC", kid: expect.any(String) })]);
    expect(keys[0]).not.toHaveProperty("d");
    const openapi = await send("GET", "/openapi.json");
    expect(openapi.status).toBe(200);
    expect((await openapi.json()).openapi).toMatch(/^3\.1/);
  });
});

describe(`the console's static files, on ${hostName}`, () => {
  it("/console redirects to /console/; a file that is not there is the API's JSON 404", async () => {
    const redirect = await fetch(`${baseUrl}/console`, { redirect: "manual" });
    expect(redirect.status).toBe(307);
    expect(redirect.headers.get("location")).toBe("/console/");
    await expectError(await send("GET", "/console/assets/no-such-file.js"), 404, "not_found");
  });
});

describe(`the API reference's static files, on ${hostName}`, () => {
  it("/docs redirects to /docs/, the page that loads Swagger UI's files from this origin; a missing file is the API's JSON 404", async () => {
    const redirect = await fetch(`${baseUrl}/docs`, { redirect: "manual" });
    expect({ status: redirect.status, location: redirect.headers.get("location") }).toEqual({ status: 307, location: "/docs/" });
    const page = await fetch(`${baseUrl}/docs/`);
    expect({ status: page.status, type: page.headers.get("content-type") }).toEqual({ status: 200, type: "text/html; charset=utf-8" });
    const html = await page.text();
    // What the page loads (scripts, styles, icon), not where its links lead.
    const sources = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
    expect(sources.toSorted()).toEqual(["docs.css", "docs.js", "vendor/favicon-32x32.png", "vendor/swagger-ui-bundle.js", "vendor/swagger-ui.css"]);
    for (const source of sources) {
      const file = await fetch(new URL(source, `${baseUrl}/docs/`));
      expect({ source, status: file.status }).toEqual({ source, status: 200 });
    }
    await expectError(await send("GET", "/docs/vendor/no-such-file.js"), 404, "not_found");
  });
});
