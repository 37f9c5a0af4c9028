import { describe, expect, it } from "vitest";
import { callAs, spaceIdFrom, uniqueUser, userToken } from "./support/api";

describe("smoke", () => {
  it("creates and reads a space", async () => {
    const token = await userToken(uniqueUser());
    const created = await callAs(token, "POST", "/spaces", { name: "Smoke" });
    expect(created.status).toBe(201);
    const id = spaceIdFrom(created);
    const read = await callAs(token, "GET", `/spaces/${id}`);
    expect(read.status).toBe(200);
    expect(await read.json()).toMatchObject({ spaceId: id, name: "Smoke" });
  });
});
