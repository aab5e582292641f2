/** Totals rows: each count equals its column's sum, each rate the rate of those sums (`total-mismatch`). */
import { RATES_OF_SUMS } from "../form/form";
import type { ValueColumn } from "../reading/value-column";
import type { SheetRead } from "../reading/sheet-reader";
import { column, columnSum, numberValue, raiseAt, round2, withinTolerance } from "./sheet-values";

/** A column's sum over a group's data rows; null when one of them is blank or unreadable. */
function rangeSum(values: ValueColumn, from: number, to: number): number | null {
  let sum = 0;
  for (let i = from; i < to; i++) {
    const value = values.number(i);
    if (value === null) return null;
    sum += value;
  }
  return sum;
}

export function checkTotals(read: SheetRead): void {
  if (read.totals.length === 0) return;
  const sheetSums = new Map<string, number | null>();
  for (const field of read.def.fields) {
    if (field.kind === "count") sheetSums.set(field.id, columnSum(read, column(read, field.id)));
  }
  const rateOfSums = RATES_OF_SUMS[read.def.id];
  for (const totals of read.totals) {
    // A group's subtotal sums its own rows; the sheet's totals row, every data row.
    let sums = sheetSums;
    if (totals.group) {
      const { from, to } = totals.group;
      sums = new Map();
      for (const field of read.def.fields) {
        const count = column(read, field.id);
        if (field.kind === "count" && count.present)
          sums.set(field.id, rangeSum(count.values, from, to));
      }
    }
    for (const field of read.def.fields) {
      if (field.kind !== "count") continue;
      const count = column(read, field.id);
      const entered = numberValue(totals.values[count.index]);
      const sum = sums.get(field.id);
      if (entered === null || sum === null || sum === undefined || entered === sum) continue;
      raiseAt(read, "total-mismatch", totals.row, count, { expected: sum, actual: entered });
    }
    if (rateOfSums) {
      const rate = column(read, rateOfSums.rate);
      const entered = numberValue(totals.values[rate.index]);
      const numerator = sums.get(rateOfSums.numerator);
      const denominator = sums.get(rateOfSums.denominator);
      if (entered === null || numerator == null || !denominator) continue;
      const computed = (numerator / denominator) * 100;
      if (!withinTolerance(entered, computed)) {
        raiseAt(read, "total-mismatch", totals.row, rate, {
          variant: "rate",
          expected: round2(computed),
          actual: entered,
          params: { expected: { rate: computed }, actual: { rate: entered } },
        });
      }
    }
  }
}
