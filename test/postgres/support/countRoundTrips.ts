import type pg from "pg";

/**
 * Counts network round trips on every connection a pool opens from now on:
 * one each time the client writes after having read (or writes first), so a
 * burst of messages sent before any answer arrives counts once, however many
 * packets it takes. Connecting and authenticating are not counted.
 */
export function countRoundTrips(pool: pg.Pool): { readonly count: () => number; reset(): void } {
  let trips = 0;
  pool.on("connect", (client) => {
    const stream = (client as unknown as { connection: { stream: NodeJS.WritableStream & NodeJS.EventEmitter } }).connection.stream;
    let answered = true;
    const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
    stream.write = ((...args: unknown[]) => {
      if (answered) trips += 1;
      answered = false;
      return write(...args);
    }) as typeof stream.write;
    // First in line: `pg` may write its next query from within its own "data" listener.
    stream.prependListener("data", () => {
      answered = true;
    });
  });
  return { count: () => trips, reset: () => void (trips = 0) };
}
