import { describe, expect, it } from "vitest";
import { callAs, uniqueUser } from "../support/api";
import { userToken } from "../support/tokens";
import { ALL_SPACE_PRIVILEGES } from "../support/expectedPrivileges";
import { expectApiError, expectSpaceCreated } from "../support/expectApiError";
import { registerProvider, spaceCreateToken } from "../support/providers";
import { privilegesOf } from "../support/spaces";

describe("POST /user/spaces and POST /provider/spaces (the Onezone 3.0 create paths)", () => {
  it.each(["", "/api/v3/onezone"])("POST %s/user/spaces creates a space the user owns with all ten privileges", async (base) => {
    const user = uniqueUser();
    const token = await userToken(user);
    const response = await callAs(token, "POST", `${base}/user/spaces`, { name: "Three oh" });
    const location = response.headers.get("Location");
    await expectSpaceCreated(response);
    const spaceId = location!.split("/").at(-1)!;
    expect(await privilegesOf(token, spaceId, user)).toEqual(ALL_SPACE_PRIVILEGES);
  });

  it("POST /provider/spaces redeems a creation token for its user, supporting the space", async () => {
    const provider = await registerProvider();
    const user = uniqueUser();
    const userAccess = await userToken(user);
    const response = await callAs(provider.token, "POST", "/provider/spaces", { token: await spaceCreateToken(userAccess), size: 42 });
    const spaceId = response.headers.get("Location")!.split("/").at(-1)!;
    await expectSpaceCreated(response);
    const read = await (await callAs(userAccess, "GET", `/spaces/${spaceId}`)).json();
    expect(read).toMatchObject({ creator: { type: "provider", id: provider.providerId }, providers: { [provider.providerId]: 42 } });
  });

  it("refuses the other kind of caller with 403: a provider on /user/spaces, a user on /provider/spaces", async () => {
    const provider = await registerProvider();
    const user = await userToken(uniqueUser());
    await expectApiError(await callAs(provider.token, "POST", "/user/spaces", {}), 403, "forbidden");
    await expectApiError(await callAs(user, "POST", "/provider/spaces", { token: await spaceCreateToken(user) }), 403, "forbidden");
  });

  it("refuses a token sent by a user and a missing token from a provider with 400 invalid_request", async () => {
    const provider = await registerProvider();
    const user = await userToken(uniqueUser());
    await expectApiError(await callAs(user, "POST", "/user/spaces", { token: "x" }), 400, "invalid_request");
    await expectApiError(await callAs(provider.token, "POST", "/provider/spaces", {}), 400, "invalid_request");
  });
});
