/** Summary rows by the item they name: its id, either label or an older label, compared after normaliseHeader. */
import { SUMMARY_ITEMS, type SummaryItemDef } from "../form/form";
import { normaliseHeader } from "../helpers/normalise";

let itemLookup: Map<string, SummaryItemDef> | null = null;

/** A summary item by its id or either label, after normaliseHeader. */
export function findSummaryItem(text: string): SummaryItemDef | null {
  if (!itemLookup) {
    itemLookup = new Map();
    for (const item of SUMMARY_ITEMS) {
      for (const spelling of [item.id, item.labels.en, item.labels.vi, ...(item.aliases ?? [])])
        itemLookup.set(normaliseHeader(spelling), item);
    }
  }
  return text.length > 200 ? null : (itemLookup.get(normaliseHeader(text)) ?? null);
}

function itemOfRow(
  row: ReadonlyArray<unknown>,
  cols: ReadonlyArray<number>
): SummaryItemDef | null {
  const col = cols[0];
  const cell = col >= 0 ? row[col] : null;
  const value =
    cell !== null && typeof cell === "object" ? (cell as { value?: unknown }).value : null;
  return typeof value === "string" ? findSummaryItem(value) : null;
}

/** A summary row whose item the engine recognises (so it is never taken for footer). */
export function isSummaryItemRow(
  row: ReadonlyArray<unknown>,
  cols: ReadonlyArray<number>
): boolean {
  return itemOfRow(row, cols) !== null;
}

/** A summary row naming the workbook (committee, its code, the year): its value is text, read as typed. */
export function isSummaryTextRow(
  row: ReadonlyArray<unknown>,
  cols: ReadonlyArray<number>
): boolean {
  return itemOfRow(row, cols)?.kind === "text";
}
