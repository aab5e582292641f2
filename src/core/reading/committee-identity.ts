/**
 * Who a workbook is from, as its summary sheet names it: the committee's name and code and the year
 * (the summary's `committee`, `committee_code` and `year` items, their values text). The level above uses
 * it to name roll-up units and to tell two workbooks of the same committee apart.
 */
import type { SummaryItemId } from "../form/form";
import { classifyCell } from "./cell-reader";
import type { SheetRead } from "./sheet-reader";
import { findSummaryItem } from "./summary-items";
import { cellOf, rowsOf } from "../model/sheet-grid";

export interface CommitteeIdentity {
  readonly name: string | null;
  readonly code: string | null;
  readonly year: string | null;
}

const KEYS: Partial<Record<SummaryItemId, keyof CommitteeIdentity>> = {
  committee: "name",
  committee_code: "code",
  year: "year",
};

function cellText(cell: unknown): string | null {
  const classified = classifyCell(cell);
  if (classified.kind === "text")
    return classified.value.normalize("NFC").trim().replace(/\s+/g, " ") || null;
  if (classified.kind === "number") return String(classified.value);
  return null;
}

/** The committee the summary sheet names (as read by the engine); nulls where it does not say. */
export function committeeIdentity(summary: SheetRead | null | undefined): CommitteeIdentity {
  const identity: Record<keyof CommitteeIdentity, string | null> = {
    name: null,
    code: null,
    year: null,
  };
  if (!summary) return identity;
  const itemCol = summary.cols[summary.def.fields.findIndex((field) => field.id === "item")];
  const valueCol = summary.cols[summary.def.fields.findIndex((field) => field.id === "value")];
  if (itemCol === undefined || valueCol === undefined || itemCol < 0 || valueCol < 0)
    return identity;
  const rows = rowsOf(summary.snapshot);
  for (const sheetRow of summary.rowNumbers) {
    const label = cellText(cellOf(rows, sheetRow, itemCol));
    const item = label === null ? null : findSummaryItem(label);
    const key = item ? KEYS[item.id] : undefined;
    if (key && identity[key] === null) identity[key] = cellText(cellOf(rows, sheetRow, valueCol));
  }
  return identity;
}
