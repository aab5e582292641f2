/**
 * The summary sheet: each item that names a computed figure must equal it
 * (`total-mismatch`; the village-head rate within 0.05). Items that name
 * nothing the engine computes are left alone: a summary carries more figures
 * than the form defines.
 */
import type { SummaryItemId } from "../form/form";
import { findSummaryItem } from "../reading/summary-items";
import type { Lang } from "../model/report";
import type { SheetRead } from "../reading/sheet-reader";
import type { AttainmentFacts } from "./attainment";
import {
  column,
  numberValue,
  raiseAt,
  round2,
  textValue,
  valueAt,
  withinTolerance,
} from "./sheet-values";
import type { UnitsFacts } from "./units";
import type { VillageHeadsFacts } from "./village-heads";

export interface ComputedFigures {
  readonly units: UnitsFacts;
  readonly admissions: AttainmentFacts;
  readonly villageHeads: VillageHeadsFacts;
}

/** The figure the detail sheets give for an item; null when they cannot give it (sheet or column absent, a cell unreadable). */
export function computedFigure(
  id: SummaryItemId,
  { units, admissions, villageHeads }: ComputedFigures
): number | null {
  switch (id) {
    case "units":
      return units.rowCount;
    case "units_commune":
      return units.typeCounts?.commune ?? null;
    case "units_village":
      return units.typeCounts?.village ?? null;
    case "units_agency":
      return units.typeCounts?.agency ?? null;
    case "units_cell":
      return units.typeCounts?.cell ?? null;
    case "members":
      return units.members;
    case "admitted":
      return admissions.achievedSum;
    case "admission_target":
      return admissions.targetSum;
    case "village_heads":
      return villageHeads.groupsSum;
    case "village_heads_members":
      return villageHeads.nowSum;
    case "village-head-rate":
      return villageHeads.nowSum !== null && villageHeads.groupsSum
        ? (villageHeads.nowSum / villageHeads.groupsSum) * 100
        : null;
    case "committee":
    case "committee_code":
    case "year":
      return null;
  }
}

export function checkSummary(read: SheetRead | null, figures: ComputedFigures, lang: Lang): void {
  if (!read) return;
  const item = column(read, "item");
  const value = column(read, "value");
  if (!item.present || !value.present) return;
  for (let i = 0; i < read.rowNumbers.length; i++) {
    const row = read.rowNumbers[i];
    const text = textValue(valueAt(item, i));
    const definition = text === null ? null : findSummaryItem(text);
    // The committee's name, code and year are text for the level above: recognised, never compared.
    if (!definition || definition.kind === "text") continue;
    const raw = valueAt(value, i);
    if (raw === null) {
      raiseAt(read, "required-cell", row, value);
      continue;
    }
    const entered = numberValue(raw);
    const computed = computedFigure(definition.id, figures);
    if (entered === null || computed === null) continue;
    const label = definition.labels[lang];
    if (definition.kind === "rate") {
      if (withinTolerance(entered, computed)) continue;
      raiseAt(read, "total-mismatch", row, value, {
        variant: "summary",
        expected: round2(computed),
        actual: entered,
        params: { item: label, expected: { rate: computed }, actual: { rate: entered } },
      });
    } else if (entered !== computed) {
      raiseAt(read, "total-mismatch", row, value, {
        variant: "summary",
        expected: computed,
        actual: entered,
        params: { item: label },
      });
    }
  }
}
