/** The admissions sheet: one row per unit, and the attainment rate as entered (within 0.05; blank where the target is 0). */
import type { SheetRead } from "../reading/sheet-reader";
import { NO_ATTAINMENT, attainmentFacts, type AttainmentFacts } from "./attainment";
import { column, numberValue, raiseAt, round2, valueAt, withinTolerance } from "./sheet-values";
import { linkUnitCodes } from "./unit-codes";
import type { UnitsFacts } from "./units";

export function checkAdmissions(read: SheetRead | null, units: UnitsFacts): AttainmentFacts {
  if (!read) return NO_ATTAINMENT;
  const links = linkUnitCodes(read, units, { unique: true, mustCover: () => true });
  const target = column(read, "target");
  const admitted = column(read, "admitted");
  const attainment = column(read, "attainment");
  if (attainment.present) {
    for (let i = 0; i < read.rowNumbers.length; i++) {
      const entered = numberValue(valueAt(attainment, i));
      const targetValue = numberValue(valueAt(target, i));
      const admittedValue = numberValue(valueAt(admitted, i));
      if (entered === null || targetValue === null || admittedValue === null) continue;
      const row = read.rowNumbers[i];
      if (targetValue === 0) {
        raiseAt(read, "rate-mismatch", row, attainment, {
          variant: "blank",
          expected: "",
          actual: entered,
          params: { actual: { rate: entered } },
        });
        continue;
      }
      const computed = (admittedValue / targetValue) * 100;
      if (!withinTolerance(entered, computed)) {
        raiseAt(read, "rate-mismatch", row, attainment, {
          expected: round2(computed),
          actual: entered,
          params: { expected: { rate: computed }, actual: { rate: entered } },
        });
      }
    }
  }
  return attainmentFacts(read, links, "admitted");
}
