import { describe, expect, it } from "vitest";
import { createAndReadSpace, createSpacegateClient } from "../../client/example";
import { send, uniqueUser } from "../support/api";
import { userToken } from "../support/tokens";
import { openApiTooling } from "./support/openApiTooling";

describe("the typed client", () => {
  it("client/spacegate.d.ts is what `npm run build:openapi` renders from the current document", () => {
    const { clientTypes, committedClientTypes } = openApiTooling();
    expect(committedClientTypes === clientTypes, "client/spacegate.d.ts is stale: run `npm run build:openapi`").toBe(true);
  });

  it("runs the typed-client example of docs/api.md against the worker: creates a space and reads it back, typed", async () => {
    const user = uniqueUser("typed-client");
    const client = createSpacegateClient("https://spacegate.test/api/v3/onezone", await userToken(user), send);
    const space = await createAndReadSpace(client, "Typed space");
    expect(space).toMatchObject({ name: "Typed space", providers: {}, creator: { type: "user", id: user } });
    expect(space.spaceId).toMatch(/^[0-9a-f]{32}$/);
  });

  it("surfaces a documented error body through the typed client", async () => {
    const client = createSpacegateClient("https://spacegate.test", "not-a-token", send);
    const { error, response } = await client.GET("/user/spaces");
    expect({ status: response.status, error: error?.error }).toEqual({ status: 401, error: "invalid_token" });
  });
});
