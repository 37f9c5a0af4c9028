import { describe, it } from "vitest";
import { measureOnD1 } from "./support/measureOnD1";
import { expectRoundTrips, groupCases, groupChainCases, groupInSpaceCases } from "./support/roundTripCases";

// Every group operation is one statement or one batch, the effective-privilege
// walk included: one round trip, whatever the answer and the nesting depth.
describe("D1 round trips of the group operations", () => {
  it("each group, group user and nesting operation costs exactly one round trip", async () => {
    await expectRoundTrips(await groupCases(), measureOnD1);
  });

  it("each operation on groups in spaces costs exactly one round trip", async () => {
    await expectRoundTrips(await groupInSpaceCases(), measureOnD1);
  });

  it("a member through a 10-level group chain pays one round trip on the space routes too", async () => {
    await expectRoundTrips(await groupChainCases(), measureOnD1);
  });
});
