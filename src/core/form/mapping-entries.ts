/**
 * A header mapping as a flat list of entries (what the mapping sheet stores one per row and what the pane lists
 * for review), and the few operations the pane needs: merge a user's choices into what was saved, tell whether
 * anything is mapped at all. Entries naming a sheet or field the form does not have are dropped, never guessed.
 */
import { SHEETS, SHEET_IDS, fieldDef, type SheetId } from "./form";
import type { HeaderMapping } from "./mapping-types";
import { isBlankText } from "../helpers/normalise";

export type MappingEntry =
  | { readonly kind: "sheet"; readonly sheet: SheetId; readonly name: string }
  | {
      readonly kind: "column";
      readonly sheet: SheetId;
      readonly field: string;
      readonly name: string;
    };

/** No longer than a header or sheet name can usefully be; longer text is never matched by the engine anyway. */
export const MAX_MAPPED_TEXT = 200;

export function isSheetId(value: unknown): value is SheetId {
  return typeof value === "string" && (SHEET_IDS as ReadonlyArray<string>).includes(value);
}

function usable(name: unknown): name is string {
  return typeof name === "string" && name.length <= MAX_MAPPED_TEXT && !isBlankText(name);
}

/** The entries in the form's order: sheets first (spec order), then columns (spec order of sheets and fields). */
export function mappingEntries(mapping: HeaderMapping | null | undefined): MappingEntry[] {
  const entries: MappingEntry[] = [];
  if (!mapping || typeof mapping !== "object") return entries;
  for (const sheet of SHEET_IDS) {
    const name = mapping.sheets?.[sheet];
    if (usable(name)) entries.push({ kind: "sheet", sheet, name });
  }
  for (const sheet of SHEET_IDS) {
    const columns = mapping.columns?.[sheet];
    if (!columns || typeof columns !== "object") continue;
    for (const field of SHEETS[sheet].fields) {
      const name = Object.prototype.hasOwnProperty.call(columns, field.id)
        ? columns[field.id]
        : undefined;
      if (usable(name)) entries.push({ kind: "column", sheet, field: field.id, name });
    }
  }
  return entries;
}

/** A mapping from entries; a later entry for the same sheet or field replaces an earlier one. */
export function mappingFromEntries(entries: Iterable<MappingEntry>): HeaderMapping {
  const sheets: Partial<Record<SheetId, string>> = {};
  const columns: Partial<Record<SheetId, Record<string, string>>> = {};
  for (const entry of entries) {
    if (!isSheetId(entry.sheet) || !usable(entry.name)) continue;
    if (entry.kind === "sheet") {
      sheets[entry.sheet] = entry.name;
    } else if (entry.kind === "column" && fieldDef(entry.sheet, entry.field)) {
      (columns[entry.sheet] ??= {})[entry.field] = entry.name;
    }
  }
  return { sheets, columns };
}

/** `base` with `choices` laid over it: a choice for a sheet or field replaces what was saved for it. */
export function mergeMappings(base: HeaderMapping, choices: HeaderMapping): HeaderMapping {
  return mappingFromEntries([...mappingEntries(base), ...mappingEntries(choices)]);
}

export function isEmptyMapping(mapping: HeaderMapping | null | undefined): boolean {
  return mappingEntries(mapping).length === 0;
}
