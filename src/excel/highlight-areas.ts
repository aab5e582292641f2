import type { Finding, Severity } from "../core";
import { parseCellAddress } from "../core";
import type { Rect } from "./rect";

const RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, shortfall: 1 };

export interface HighlightArea {
  readonly sheet: string;
  readonly severity: Severity;
  readonly rect: Rect;
}

/** Each finding's cell once, with the worst severity found there (an error outranks a warning on the same cell). */
function worstSeverityByCell(
  findings: ReadonlyArray<Pick<Finding, "sheet" | "cell" | "severity">>
): Map<string, Map<number, Map<number, Severity>>> {
  const bySheet = new Map<string, Map<number, Map<number, Severity>>>();
  for (const finding of findings) {
    if (!finding.cell) continue;
    const cell = parseCellAddress(finding.cell);
    if (!cell) continue;
    let columns = bySheet.get(finding.sheet);
    if (!columns) bySheet.set(finding.sheet, (columns = new Map()));
    let rows = columns.get(cell.col);
    if (!rows) columns.set(cell.col, (rows = new Map()));
    const before = rows.get(cell.row);
    if (!before || RANK[finding.severity] > RANK[before]) rows.set(cell.row, finding.severity);
  }
  return bySheet;
}

/**
 * The cells to highlight as few rectangles: runs of consecutive rows in a column, then the same run in adjacent
 * columns joined side by side. A column of 5,000 numbers stored as text becomes one rectangle, so 25,000
 * highlighted cells are a handful of conditional formats rather than 25,000 writes.
 */
export function highlightAreas(
  findings: ReadonlyArray<Pick<Finding, "sheet" | "cell" | "severity">>
): HighlightArea[] {
  const areas: HighlightArea[] = [];
  for (const [sheet, columns] of worstSeverityByCell(findings)) {
    for (const severity of ["error", "warning", "shortfall"] as const) {
      // Runs keyed by "firstRow:rowCount", still open while the previous column had the same run.
      let open = new Map<
        string,
        { row: number; rowCount: number; column: number; columnCount: number }
      >();
      const columnNumbers = [...columns.keys()].sort((a, b) => a - b);
      let previousColumn = -2;
      for (const column of columnNumbers) {
        const rows = [...(columns.get(column) ?? new Map<number, Severity>())]
          .filter(([, s]) => s === severity)
          .map(([row]) => row)
          .sort((a, b) => a - b);
        const runs: Array<{ row: number; rowCount: number }> = [];
        for (const row of rows) {
          const last = runs[runs.length - 1];
          if (last && last.row + last.rowCount === row) last.rowCount++;
          else runs.push({ row, rowCount: 1 });
        }
        const next = new Map<
          string,
          { row: number; rowCount: number; column: number; columnCount: number }
        >();
        for (const run of runs) {
          const key = `${run.row}:${run.rowCount}`;
          const extending = column === previousColumn + 1 ? open.get(key) : undefined;
          if (extending) {
            extending.columnCount++;
            open.delete(key);
            next.set(key, extending);
          } else {
            next.set(key, { ...run, column, columnCount: 1 });
          }
        }
        for (const closed of open.values()) areas.push({ sheet, severity, rect: closed });
        open = next;
        previousColumn = column;
      }
      for (const closed of open.values()) areas.push({ sheet, severity, rect: closed });
    }
  }
  return areas;
}
