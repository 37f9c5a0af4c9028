import { describe, expect, it } from "vitest";
import { BatchedLog } from "../../hosts/logging/BatchedLog.ts";

/* The hosts' batched standard output for the worker's request lines (hosts/logging/BatchedLog.ts). */

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("BatchedLog", () => {
  it("writes the lines of one burst together, once the flush time has passed", async () => {
    const writes: string[] = [];
    const log = new BatchedLog((text) => writes.push(text), { flushMs: 30 });
    for (let i = 1; i <= 5; i++) log.line(`line ${i}`);
    expect(writes).toEqual([]);
    await sleep(80);
    expect(writes).toEqual(["line 1\nline 2\nline 3\nline 4\nline 5\n"]);
    log.line("line 6");
    await sleep(80);
    expect(writes).toEqual(["line 1\nline 2\nline 3\nline 4\nline 5\n", "line 6\n"]);
  });

  it("writes at once when the gathered text reaches the size limit, and flush() writes the rest", () => {
    const writes: string[] = [];
    const log = new BatchedLog((text) => writes.push(text), { flushMs: 60_000, flushChars: 20 });
    log.line("0123456789"); // 11 characters with the newline
    expect(writes).toEqual([]);
    log.line("abcdefghij"); // 22: over the limit
    expect(writes).toEqual(["0123456789\nabcdefghij\n"]);
    log.line("tail");
    log.flush();
    log.flush();
    expect(writes).toEqual(["0123456789\nabcdefghij\n", "tail\n"]);
  });

  it("takes console.log's string lines, and passes anything else to the original unbatched", () => {
    const writes: string[] = [];
    const passed: unknown[][] = [];
    const target = { log: (...args: unknown[]) => void passed.push(args) };
    const log = new BatchedLog((text) => writes.push(text), { flushMs: 60_000 });
    log.captureConsoleLog(target);
    target.log('{"status":200}');
    target.log("two", 2);
    target.log({ object: true });
    log.flush();
    expect(writes).toEqual(['{"status":200}\ntwo 2\n']);
    expect(passed).toEqual([[{ object: true }]]);
  });
});
