import { env } from "cloudflare:workers";
import { callWithEnv } from "../../support/callWithEnv";
import { countingDb, type RoundTrip } from "../../support/countingDb";
import type { Measure } from "./roundTripCases";

/**
 * Sends one request through the worker's own fetch on a counting D1; answers the response, its
 * round trips, and each as a `kind: sql` line, so that a failing count shows what was sent.
 */
export const measureOnD1: Measure = async (path, init) => {
  const counting = countingDb(env.DB);
  const response = await callWithEnv(path, init, { DB: counting.db });
  return { response, trips: counting.trips.length, detail: describeTrips(counting.trips) };
};

function describeTrips(trips: readonly RoundTrip[]): string[] {
  return trips.map((trip) => `${trip.kind}: ${trip.sql.map((sql) => sql.replace(/\s+/g, " ").trim()).join(" | ")}`);
}
