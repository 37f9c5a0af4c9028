import { describe, it } from "vitest";
import { measureOnD1 } from "./support/measureOnD1";
import { expectRoundTrips, memberCases, providerCases, supportEndCases } from "./support/roundTripCases";

// Users' operations cost one round trip; providers' cost one more, the
// registration check that makes revocation immediate (see docs/performance.md, "D1 round trips"),
// except a provider create, whose batch checks the registration itself.
describe("D1 round trips of the members, invitations and support operations", () => {
  it("each user operation costs exactly one round trip", async () => {
    await expectRoundTrips(await memberCases(), measureOnD1);
  });

  it("each provider operation but create costs two round trips: the registration check and the operation; create costs one", async () => {
    await expectRoundTrips(await providerCases(), measureOnD1);
  });

  it("a member ending a provider's support costs one round trip", async () => {
    await expectRoundTrips(await supportEndCases(), measureOnD1);
  });
});
