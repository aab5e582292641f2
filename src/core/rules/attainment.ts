/** What the attainment sheets (admissions, private units) give the indicators: per-row counts and column sums. */
import type { SheetRead } from "../reading/sheet-reader";
import { ValueColumn } from "../reading/value-column";
import type { CodeLinks } from "./unit-codes";
import { column, columnSum } from "./sheet-values";

export interface AttainmentFacts {
  readonly sheet: string | null;
  /** Per data row, as in SheetRead.rowNumbers. */
  readonly rowNumbers: ArrayLike<number>;
  readonly links: CodeLinks;
  /** Admitted or established, per data row. */
  readonly achieved: ValueColumn;
  readonly target: ValueColumn;
  /** Column sums over all data rows; null when a cell is blank or unreadable. */
  readonly achievedSum: number | null;
  readonly targetSum: number | null;
}

export const NO_ATTAINMENT: AttainmentFacts = {
  sheet: null,
  rowNumbers: [],
  links: { codes: ValueColumn.empty(), unitAt: () => null, first: new Uint8Array(0) },
  achieved: ValueColumn.empty(),
  target: ValueColumn.empty(),
  achievedSum: null,
  targetSum: null,
};

export function attainmentFacts(
  read: SheetRead,
  links: CodeLinks,
  achievedField: string
): AttainmentFacts {
  const achieved = column(read, achievedField);
  const target = column(read, "target");
  return {
    sheet: read.place.sheet,
    rowNumbers: read.rowNumbers,
    links,
    achieved: achieved.values,
    target: target.values,
    achievedSum: columnSum(read, achieved),
    targetSum: columnSum(read, target),
  };
}
