/** The leader-targets sheet: unit codes, results not yet reported (`not-reported`), and each row's direction. */
import { cellAddress } from "../helpers/address";
import type { SheetRead } from "../reading/sheet-reader";
import { column, numberValue, raiseAt, textValue, valueAt } from "./sheet-values";
import { linkUnitCodes } from "./unit-codes";
import type { UnitsFacts } from "./units";

export interface LeaderTargetRow {
  readonly row: number;
  /** A1 address of the row's target cell: the indicator's scope. */
  readonly targetCell: string;
  readonly leader: string;
  readonly indicator: string;
  readonly target: number;
  readonly actual: number;
  readonly direction: "higher" | "lower";
}

export interface LeaderTargetsFacts {
  readonly sheet: string | null;
  /** Rows with a target, a reported result and a readable direction. */
  readonly rows: ReadonlyArray<LeaderTargetRow>;
}

export function checkLeaderTargets(read: SheetRead | null, units: UnitsFacts): LeaderTargetsFacts {
  if (!read) return { sheet: null, rows: [] };
  linkUnitCodes(read, units, { unique: false });
  const leader = column(read, "leader");
  const indicator = column(read, "indicator");
  const target = column(read, "target");
  const actual = column(read, "actual");
  const direction = column(read, "direction");
  const rows: LeaderTargetRow[] = [];
  for (let i = 0; i < read.rowNumbers.length; i++) {
    const row = read.rowNumbers[i];
    const leaderText = textValue(valueAt(leader, i)) ?? "";
    const indicatorText = textValue(valueAt(indicator, i)) ?? "";
    const actualRaw = valueAt(actual, i);
    if (actual.present && actualRaw === null) {
      raiseAt(read, "not-reported", row, actual, {
        params: { leader: leaderText, indicator: indicatorText },
      });
    }
    const targetValue = numberValue(valueAt(target, i));
    const actualValue = numberValue(actualRaw);
    const directionValue = valueAt(direction, i);
    if (targetValue === null || actualValue === null || typeof directionValue === "symbol")
      continue;
    rows.push({
      row,
      targetCell: cellAddress(row, target.col),
      leader: leaderText,
      indicator: indicatorText,
      target: targetValue,
      actual: actualValue,
      direction: directionValue === "lower" ? "lower" : "higher",
    });
  }
  return { sheet: read.place.sheet, rows };
}
