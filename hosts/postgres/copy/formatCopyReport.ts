import type { CopyReport } from "./copyZone.ts";

/**
 * The comparison as a table for a terminal: per table the rows and checksum (its first 16 hex
 * digits) on each side, rows inserted by this run, and `ok` or `MISMATCH`; then the migration
 * level and the tables left out.
 */
export function formatCopyReport(report: CopyReport): string {
  const header = ["table", "source rows", "target rows", "source checksum", "target checksum", "inserted", "result"];
  const lines = report.tables.map((t) => [
    t.table,
    String(t.source.rows),
    String(t.target.rows),
    t.source.checksum.slice(0, 16),
    t.target.checksum.slice(0, 16),
    String(t.inserted),
    t.source.rows === t.target.rows && t.source.checksum === t.target.checksum ? "ok" : "MISMATCH",
  ]);
  const widths = header.map((_, column) => Math.max(...[header, ...lines].map((line) => line[column]!.length)));
  const row = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join("  ").trimEnd();
  return [
    row(header),
    row(widths.map((width) => "-".repeat(width))),
    ...lines.map(row),
    "",
    `source: ${report.sourceKind}; migration level ${report.migrationLevel.at(-1) ?? "(none)"} (${report.migrationLevel.length} migrations, equal on both sides)` +
      (report.migrationsApplied.length > 0 ? `; applied to the target now: ${report.migrationsApplied.join(", ")}` : ""),
    `not copied: ${report.skipped.join(", ") || "(none)"} (migration bookkeeping)`,
    report.matches ? "every table matches" : "MISMATCH: the tables marked above differ",
  ].join("\n");
}
