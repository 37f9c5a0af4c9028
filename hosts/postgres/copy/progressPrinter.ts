import type { TableProgress } from "./copyTable.ts";

/**
 * A progress callback for long copies that does not flood: a line per table when it starts
 * (its rows, and where a re-run resumes), at most one line every `intervalMs` while it runs,
 * and one when it is done (a table done at once, such as an empty one, gets that line only).
 */
export function progressPrinter(write: (line: string) => void, intervalMs = 2_000): (progress: TableProgress) => void {
  let current = "";
  let printedAt = 0;
  return ({ table, done, total, resumedAfter }) => {
    const now = Date.now();
    const finished = done >= total;
    const count = `${done}/${total}${finished ? " done" : ""}`;
    if (table !== current) {
      current = table;
      printedAt = now;
      write(`copy: ${table}: ${finished ? count : `${total} rows`}${resumedAfter > 0 ? `, resuming after ${resumedAfter} already copied` : ""}`);
    } else if (finished || now - printedAt >= intervalMs) {
      printedAt = now;
      write(`copy: ${table}: ${count}`);
    }
  };
}
