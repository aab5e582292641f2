/**
 * Where a header mapping lives: a very hidden sheet of the workbook itself, so the mapping travels with the
 * file to any computer and the command line reads it with no option of its own.
 *
 * Layout (every cell text): A1 a title; then one row per entry — A kind (`sheet` | `column`), B the sheet id,
 * C the field id (blank for `sheet`), D the workbook's own sheet name or header text.
 */
import { classifyCell } from "./cell-reader";
import {
  mappingEntries,
  mappingFromEntries,
  isSheetId,
  type MappingEntry,
} from "../form/mapping-entries";
import type { HeaderMapping } from "../form/mapping-types";
import { toText } from "../helpers/normalise";
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "../model/snapshot";

/** 22 characters, none of `: \ / ? * [ ]`: a legal Excel sheet name that no form sheet name resembles. */
export const MAPPING_SHEET_NAME = "CommitteeCheck.Mapping";
export const MAPPING_TITLE = "Committee Check — header mapping, v1. Managed by the add-in.";
/** Columns A–D. */
export const MAPPING_COLUMNS = 4;

/** Excel compares sheet names without case; so does this. */
export function isMappingSheetName(name: unknown): boolean {
  return toText(name).trim().toLowerCase() === MAPPING_SHEET_NAME.toLowerCase();
}

export function findMappingSheet(
  snapshot: WorkbookSnapshot | null | undefined
): SheetSnapshot | null {
  const sheets = Array.isArray(snapshot?.sheets) ? snapshot.sheets : [];
  for (const sheet of sheets) {
    if (sheet && typeof sheet === "object" && isMappingSheetName(sheet.name)) return sheet;
  }
  return null;
}

/** A cell as the text it shows: a header typed as a number (a year) counts as its digits. */
function cellText(cell: unknown): string {
  const classified = classifyCell(cell);
  if (classified.kind === "text") return classified.value;
  if (classified.kind === "number") return String(classified.value);
  return "";
}

function entryOf(row: unknown): MappingEntry | null {
  if (!Array.isArray(row)) return null;
  const kind = cellText(row[0]).trim().toLowerCase();
  const sheet = cellText(row[1]).trim().toLowerCase();
  const field = cellText(row[2]).trim();
  const name = cellText(row[3]);
  if (!isSheetId(sheet)) return null;
  if (kind === "sheet") return { kind: "sheet", sheet, name };
  if (kind === "column") return { kind: "column", sheet, field, name };
  return null;
}

/**
 * The mapping saved in the workbook (empty when it has none). Tolerant: the title, blank rows, rows with an
 * unknown kind, sheet or field, and blank names are skipped; a later row for the same sheet or field wins.
 */
export function readMapping(snapshot: WorkbookSnapshot | null | undefined): HeaderMapping {
  const sheet = findMappingSheet(snapshot);
  const rows = sheet && Array.isArray(sheet.rows) ? sheet.rows : [];
  const entries: MappingEntry[] = [];
  for (const row of rows) {
    const entry = entryOf(row);
    if (entry) entries.push(entry);
  }
  return mappingFromEntries(entries);
}

/** The rows to write into the mapping sheet (title first), each MAPPING_COLUMNS wide; none for an empty mapping. */
export function mappingRows(mapping: HeaderMapping): string[][] {
  const entries = mappingEntries(mapping);
  if (entries.length === 0) return [];
  return [
    [MAPPING_TITLE, "", "", ""],
    ...entries.map((entry) => [
      entry.kind,
      entry.sheet,
      entry.kind === "column" ? entry.field : "",
      entry.name,
    ]),
  ];
}

function textCell(text: string): CellSnapshot | null {
  return text === "" ? null : { value: text, kind: "text", numberFormat: "@" };
}

/** The mapping sheet as a host that keeps the workbook in memory would hold it; null for an empty mapping. */
export function mappingSheet(mapping: HeaderMapping): SheetSnapshot | null {
  const rows = mappingRows(mapping);
  return rows.length === 0
    ? null
    : { name: MAPPING_SHEET_NAME, rows: rows.map((row) => row.map(textCell)) };
}

/** The workbook with its mapping sheet replaced by this mapping's (added last; removed for an empty mapping). */
export function withMapping(snapshot: WorkbookSnapshot, mapping: HeaderMapping): WorkbookSnapshot {
  const others = snapshot.sheets.filter((sheet) => !isMappingSheetName(sheet.name));
  const stored = mappingSheet(mapping);
  return { sheets: stored ? [...others, stored] : others };
}
