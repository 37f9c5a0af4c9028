import type { TableProgress } from "./copyTable.ts";

/**
 * A progress callback for long copies that does not flood: a line per table when it starts
 * (saying where a re-run resumes), at most one line every `intervalMs` while it runs, and one
 * when it is done.
 */
export function progressPrinter(write: (line: string) => void, intervalMs = 2_000): (progress: TableProgress) => void {
  let current = "";
  let printedAt = 0;
  return ({ table, done, total, resumedAfter }) => {
    const now = Date.now();
    const starting = table !== current;
    const finished = done >= total;
    if (starting) {
      current = table;
      write(`copy: ${table}: ${total} rows${resumedAfter > 0 ? `, resuming after ${resumedAfter} already copied` : ""}`);
    } else if (!finished && now - printedAt < intervalMs) {
      return;
    }
    printedAt = now;
    if (finished || !starting) write(`copy: ${table}: ${done}/${total}${finished ? " done" : ""}`);
  };
}
