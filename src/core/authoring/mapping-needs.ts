/**
 * What the pane offers when the engine does not recognise a required sheet or column (`missing-sheet`,
 * `missing-column`): for each such form sheet, the fields without a column, the workbook's header texts to
 * choose from, and, for a missing sheet, the workbook's sheets that are no form sheet. Recognition is the
 * engine's own (findSheet, findHeader, with the saved mapping), so what is offered is exactly what it lacks.
 */
import { columnLetters } from "../helpers/address";
import { classifyCell } from "../reading/cell-reader";
import { SHEETS, SHEET_IDS, type SheetId } from "../form/form";
import { isMappingSheetName, readMapping } from "../reading/mapping-sheet";
import { isStampSheetName } from "../reading/stamp";
import type { HeaderMapping } from "../form/mapping-types";
import { normaliseHeader, toText } from "../helpers/normalise";
import {
  HEADER_SEARCH_ROWS,
  MAX_LABEL_LENGTH,
  findHeader,
  findSheet,
} from "../reading/sheet-reader";
import type { SheetSnapshot, WorkbookSnapshot } from "../model/snapshot";

export interface HeaderChoice {
  /** The text exactly as the cell holds it: what the mapping saves. */
  readonly text: string;
  /** 0-based row and column of the cell. */
  readonly row: number;
  readonly col: number;
  /** The column's letters, `B`. */
  readonly column: string;
}

export interface MappingNeed {
  readonly sheetId: SheetId;
  /** The workbook's own name of the sheet taken for this form sheet; null when the sheet is missing. */
  readonly sheet: string | null;
  /** Required fields without a column, in the form's order (every required field when the sheet is missing). */
  readonly fields: ReadonlyArray<string>;
  /**
   * Header texts to pick from: the sheet's header row first, then the rows above it (title rows); with no header
   * row recognised, the most header-like row first, then the rest of the first 10 rows. Recognised headers left out.
   */
  readonly headers: ReadonlyArray<HeaderChoice>;
  /** For a missing sheet: the workbook's sheets that no form sheet has taken, in tab order. */
  readonly candidateSheets: ReadonlyArray<string>;
}

/** More choices than this make a list nobody reads; a header row is far shorter. */
const MAX_CHOICES = 100;

function sheetsOf(snapshot: WorkbookSnapshot): ReadonlyArray<SheetSnapshot> {
  return Array.isArray(snapshot?.sheets)
    ? snapshot.sheets.filter((sheet) => sheet !== null && typeof sheet === "object")
    : [];
}

function textCells(sheet: SheetSnapshot, row: number): HeaderChoice[] {
  const cells = Array.isArray(sheet.rows) ? sheet.rows[row] : null;
  if (!Array.isArray(cells)) return [];
  const choices: HeaderChoice[] = [];
  cells.forEach((cell, col) => {
    const classified = classifyCell(cell);
    if (classified.kind === "text" && classified.value.length <= MAX_LABEL_LENGTH)
      choices.push({ text: classified.value, row, col, column: columnLetters(col) });
  });
  return choices;
}

/** With no header recognised, the row most like one: the first with the most text cells. */
function likelyHeaderRow(sheet: SheetSnapshot): number {
  let best = -1;
  let bestCount = 0;
  for (let row = 0; row < HEADER_SEARCH_ROWS; row++) {
    const count = textCells(sheet, row).length;
    if (count > bestCount) {
      best = row;
      bestCount = count;
    }
  }
  return best;
}

/** The header texts a user may pick for this form sheet's missing fields. */
export function headerChoices(
  sheet: SheetSnapshot,
  sheetId: SheetId,
  mapping?: HeaderMapping | null
): HeaderChoice[] {
  const { headerRow, matches } = findHeader(SHEETS[sheetId], sheet, mapping);
  const recognised = new Set(matches.map((match) => match.col));
  const first = headerRow >= 0 ? headerRow : likelyHeaderRow(sheet);
  // Below a recognised header row is data, never a header; without one, where the data starts is a guess.
  const last = headerRow >= 0 ? headerRow : HEADER_SEARCH_ROWS - 1;
  const order =
    first >= 0
      ? [first, ...Array.from({ length: last + 1 }, (_, row) => row).filter((row) => row !== first)]
      : [];
  const seen = new Set<string>();
  const choices: HeaderChoice[] = [];
  for (const row of order) {
    for (const choice of textCells(sheet, row)) {
      if (row === headerRow && recognised.has(choice.col)) continue;
      const key = normaliseHeader(choice.text);
      if (seen.has(key)) continue;
      seen.add(key);
      choices.push(choice);
      if (choices.length >= MAX_CHOICES) return choices;
    }
  }
  return choices;
}

/** Required fields of the form sheet that this workbook sheet has no column for. */
function missingFields(
  sheet: SheetSnapshot,
  sheetId: SheetId,
  mapping: HeaderMapping | null | undefined
): string[] {
  const def = SHEETS[sheetId];
  const found = new Set(findHeader(def, sheet, mapping).matches.map((match) => match.field));
  return def.fields
    .filter((field, index) => field.requiredColumn && !found.has(index))
    .map((field) => field.id);
}

/** Names of the sheets no form sheet takes (the mapping sheet never offered). */
export function unrecognisedSheets(
  snapshot: WorkbookSnapshot,
  mapping?: HeaderMapping | null
): string[] {
  const taken = new Set<SheetSnapshot>();
  for (const id of SHEET_IDS) {
    const found = findSheet(snapshot, SHEETS[id], mapping);
    if (found) taken.add(found.sheet);
  }
  return sheetsOf(snapshot)
    .filter(
      (sheet) =>
        !taken.has(sheet) && !isMappingSheetName(sheet.name) && !isStampSheetName(sheet.name)
    )
    .map((sheet) => toText(sheet.name));
}

/**
 * One form sheet's need, as if `sheetName` were taken for it (the pane asks again once the user picks a sheet
 * for a missing one); with `sheetName` null, the sheet is missing and every required field is listed.
 */
export function sheetNeed(
  snapshot: WorkbookSnapshot,
  sheetId: SheetId,
  sheetName: string | null,
  mapping?: HeaderMapping | null
): MappingNeed {
  const sheet =
    sheetName === null
      ? undefined
      : sheetsOf(snapshot).find((candidate) => toText(candidate.name) === sheetName);
  if (!sheet) {
    return {
      sheetId,
      sheet: null,
      fields: SHEETS[sheetId].fields
        .filter((field) => field.requiredColumn)
        .map((field) => field.id),
      headers: [],
      candidateSheets: unrecognisedSheets(snapshot, mapping),
    };
  }
  return {
    sheetId,
    sheet: toText(sheet.name),
    fields: missingFields(sheet, sheetId, mapping),
    headers: headerChoices(sheet, sheetId, mapping),
    candidateSheets: [],
  };
}

/**
 * Every form sheet the engine reports `missing-sheet` or `missing-column` for, with the saved mapping applied:
 * a required sheet that is not found, and any found sheet lacking a required column.
 */
export function mappingNeeds(snapshot: WorkbookSnapshot): MappingNeed[] {
  const mapping = readMapping(snapshot);
  const needs: MappingNeed[] = [];
  for (const id of SHEET_IDS) {
    const found = findSheet(snapshot, SHEETS[id], mapping);
    if (!found) {
      if (SHEETS[id].required) needs.push(sheetNeed(snapshot, id, null, mapping));
      continue;
    }
    const need = sheetNeed(snapshot, id, toText(found.sheet.name), mapping);
    if (need.fields.length > 0) needs.push(need);
  }
  return needs;
}
