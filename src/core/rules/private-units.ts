/** The private-sector organisations sheet: unit codes (one row per unit; units without a row have no target). */
import type { SheetRead } from "../reading/sheet-reader";
import { NO_ATTAINMENT, attainmentFacts, type AttainmentFacts } from "./attainment";
import { linkUnitCodes } from "./unit-codes";
import type { UnitsFacts } from "./units";

export function checkPrivateUnits(read: SheetRead | null, units: UnitsFacts): AttainmentFacts {
  if (!read) return NO_ATTAINMENT;
  return attainmentFacts(read, linkUnitCodes(read, units, { unique: true }), "established");
}
