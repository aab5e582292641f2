/**
 * The village-heads sheet: commune and village units only (`wrong-unit-type`), every
 * one present, heads who are members never more than the groups
 * (`out-of-range`), the rate as entered, and moves of more than 30 points in
 * the year (`large-change`).
 */
import { UNIT_TYPES } from "../form/form";
import type { Lang } from "../model/report";
import type { SheetRead } from "../reading/sheet-reader";
import {
  column,
  columnSum,
  numberValue,
  raiseAt,
  round2,
  valueAt,
  withinTolerance,
  type Column,
} from "./sheet-values";
import { linkUnitCodes } from "./unit-codes";
import type { Unit, UnitsFacts } from "./units";

/** Points of change in a year above which a rate asks for a second look. */
const LARGE_CHANGE_POINTS = 30;

export interface VillageHeadsRow {
  readonly code: string;
  readonly unit: Unit | null;
  readonly row: number;
  readonly groups: number;
  /** null when blank or unreadable: the row still counts for the rate, not for the change. */
  readonly start: number | null;
  readonly now: number;
  /** False for a repeated code or a unit that is not a commune (left out of per-unit indicators). */
  readonly perUnit: boolean;
}

export interface VillageHeadsFacts {
  readonly sheet: string | null;
  /** Rows with a code, valid groups and a valid count of heads who are members now. */
  readonly rows: ReadonlyArray<VillageHeadsRow>;
  readonly groupsSum: number | null;
  readonly nowSum: number | null;
}

function notAboveGroups(
  read: SheetRead,
  row: number,
  members: Column,
  value: number | null,
  groups: number | null,
  variant: string
): boolean {
  if (value === null || groups === null || value <= groups) return true;
  raiseAt(read, "out-of-range", row, members, {
    variant,
    expected: `<= ${groups}`,
    actual: value,
    params: { limit: groups },
  });
  return false;
}

export function checkVillageHeads(
  read: SheetRead | null,
  units: UnitsFacts,
  lang: Lang
): VillageHeadsFacts {
  if (!read) return { sheet: null, rows: [], groupsSum: null, nowSum: null };
  // Communes, and a commune or ward committee's own village cells (a village normally has 1 group).
  const headed = (type: string | null) => type === "commune" || type === "village";
  const links = linkUnitCodes(read, units, {
    unique: true,
    mustCover: (unit) => headed(unit.type),
  });
  const code = column(read, "code");
  const groups = column(read, "groups");
  const start = column(read, "members_start");
  const now = column(read, "members_now");
  const rate = column(read, "rate");
  const unitsSheet = units.read?.place.sheet ?? "";

  const rows: VillageHeadsRow[] = [];
  for (let i = 0; i < read.rowNumbers.length; i++) {
    const row = read.rowNumbers[i];
    const unit = links.unitAt(i);
    const codeText = links.codes.text(i);
    const groupsValue = numberValue(valueAt(groups, i));
    const startValue = numberValue(valueAt(start, i));
    const nowValue = numberValue(valueAt(now, i));
    const startOk = notAboveGroups(read, row, start, startValue, groupsValue, "heads-start");
    const nowOk = notAboveGroups(read, row, now, nowValue, groupsValue, "heads-now");

    const wrongType = unit !== null && unit.type !== null && !headed(unit.type);
    if (wrongType) {
      const typeLabel =
        UNIT_TYPES.find((type) => type.id === unit.type)?.labels?.[lang] ?? String(unit.type);
      raiseAt(read, "wrong-unit-type", row, code, {
        expected: "commune | village",
        actual: codeText ?? "",
        params: { unit: unit.name, type: typeLabel, unitsSheet },
      });
    }

    if (groupsValue === null || nowValue === null) continue;
    const entered = numberValue(valueAt(rate, i));
    const computed = (nowValue / groupsValue) * 100;
    // A row already out of range is counted in the committee's sums (as the summary and a totals row count it),
    // but gets no rate check, unit figure or change warning of its own: its one error says what to fix.
    if (nowOk && entered !== null && !withinTolerance(entered, computed)) {
      raiseAt(read, "rate-mismatch", row, rate, {
        expected: round2(computed),
        actual: entered,
        params: { expected: { rate: computed }, actual: { rate: entered } },
      });
    }

    const usableStart = startOk ? startValue : null;
    if (codeText !== null) {
      rows.push({
        code: codeText,
        unit,
        row,
        groups: groupsValue,
        start: usableStart,
        now: nowValue,
        perUnit: nowOk && links.first[i] === 1 && !wrongType && (unit !== null || !units.known),
      });
    }
    // Exact: |now − start| / groups × 100 > 30  ⇔  |now − start| × 100 > 30 × groups.
    // A commune's move (spec); a village's one head moves its rate by 0 or 100 points, which is no news.
    if (
      nowOk &&
      usableStart !== null &&
      unit?.type !== "village" &&
      Math.abs(nowValue - usableStart) * 100 > LARGE_CHANGE_POINTS * groupsValue
    ) {
      const change = ((nowValue - usableStart) / groupsValue) * 100;
      raiseAt(read, "large-change", row, now, {
        expected: `<= ${LARGE_CHANGE_POINTS}`,
        actual: round2(change),
        params: {
          unit: unit?.name ?? codeText ?? "",
          change: { points: change },
          start: { rate: (usableStart / groupsValue) * 100 },
          now: { rate: computed },
        },
      });
    }
  }
  return {
    sheet: read.place.sheet,
    rows,
    groupsSum: columnSum(read, groups),
    nowSum: columnSum(read, now),
  };
}
