/**
 * Finds a form sheet in the workbook and reads it: the header row (first of
 * the first 10 rows holding the required headers), the columns of the fields,
 * the data rows (empty rows skipped) and the totals rows.
 */
import { cellAddress } from "../helpers/address";
import {
  INVALID,
  UNCOMMON,
  commonReadFor,
  isEmptyCell,
  readCommonCell,
  readField,
  readUncommonField,
  type CommonRead,
  type FieldValue,
  type SheetPlace,
} from "./cell-reader";
import { SHEETS, type FieldDef, type SheetDef } from "../form/form";
import { FindingList } from "../findings/findings";
import { keepLayout } from "../helpers/kept-layouts";
import { headerKey } from "./header-key";
import {
  HeaderBlock,
  cellText,
  groupHeadingOf,
  holdsNumber,
  isColumnNumberRow,
  isPlainCode,
  looksLikeCode,
  rowHasFooterLabel,
  rowTexts,
  subtotalMarker,
  usableMerges,
} from "./layout";
import type { HeaderMapping } from "../form/mapping-types";
import { isBlankText, normaliseHeader, normaliseKey, toText } from "../helpers/normalise";
import type { Lang, Locale } from "../model/report";
import type { SheetSnapshot, WorkbookSnapshot } from "../model/snapshot";
import { rowCursor, rowsOf, type RowSource } from "../model/sheet-grid";
import { TextHash, ValueColumn } from "./value-column";

/** How far down the header row may be. */
export const HEADER_SEARCH_ROWS = 10;
/** No header or totals label is longer; longer text is skipped without normalising it. */
export const MAX_LABEL_LENGTH = 200;
/** A totals row's label after normaliseHeader (`Total`, `Tổng`, `Tổng cộng`, `Cộng`): add a label here and only here. */
const TOTALS_LABEL_LIST: ReadonlyArray<string> = ["total", "tong", "tong cong", "cong"];
const TOTALS_LABELS: ReadonlySet<string> = new Set(TOTALS_LABEL_LIST);
/** The labels' first letters, for a quick no on most data rows. */
const TOTALS_INITIALS: ReadonlySet<number> = new Set(
  TOTALS_LABEL_LIST.map((label) => label.charCodeAt(0))
);

/** A totals row: its 0-based sheet row and one value per field (null where blank, absent or not a number field). */
export interface RowRead {
  readonly row: number;
  readonly values: ReadonlyArray<FieldValue>;
  /**
   * A group's subtotal (a group heading row with counts, or `Cộng I`): the data rows it sums,
   * as indices into rowNumbers, `from` inclusive, `to` exclusive. Absent for the sheet's own totals row.
   */
  readonly group?: { readonly from: number; readonly to: number };
}

export interface SheetRead {
  readonly def: SheetDef;
  readonly place: SheetPlace;
  readonly snapshot: SheetSnapshot;
  /** -1 when no row of the first 10 holds any required header. */
  readonly headerRow: number;
  /** 0-based column per field, -1 where the column is absent; aligned with def.fields. */
  readonly cols: ReadonlyArray<number>;
  /**
   * The data rows, column-wise so that 100,000 rows cost a few typed arrays rather
   * than 200,000 small objects: rowNumbers[i] is data row i's 0-based sheet
   * row, values[f].at(i) its value of field f (null where blank; an empty column
   * for a field without a column). The row numbers are typed (4 bytes a row,
   * no holes to fill up front); copy them with Array.from to use array methods.
   */
  readonly rowNumbers: Int32Array;
  readonly values: ReadonlyArray<ValueColumn>;
  readonly totals: ReadonlyArray<RowRead>;
  /** Fields with a blank or unreadable data cell: sums over them are not to be compared. */
  readonly incomplete: ReadonlySet<string>;
}

/** The codes of a read units sheet as keys, built on first use (only a footer or a doubtful row asks). */
export function lazyUnitKeys(read: SheetRead): { has(key: string): boolean } | null {
  const index = fieldIndex(read.def, "code");
  if (index < 0 || read.cols[index] < 0) return null;
  let keys: Set<string> | null = null;
  return {
    has(key: string): boolean {
      if (!keys) {
        keys = new Set();
        const codes = read.values[index];
        for (let i = 0; i < codes.length; i++) {
          const code = codes.text(i);
          if (code !== null) keys.add(normaliseKey(code));
        }
      }
      return keys.has(key);
    },
  };
}

/** Index of a field in the sheet definition (and so in RowRead.values and SheetRead.cols). */
export function fieldIndex(def: SheetDef, fieldId: string): number {
  return def.fields.findIndex((field) => field.id === fieldId);
}

const nameLookups = new WeakMap<SheetDef, Set<string>>();

function sheetNames(def: SheetDef): Set<string> {
  let names = nameLookups.get(def);
  if (!names) {
    names = new Set([def.id, def.names.en, def.names.vi, ...(def.aliases ?? [])].map(headerKey));
    nameLookups.set(def, names);
  }
  return names;
}

export interface FoundSheet {
  readonly sheet: SheetSnapshot;
  readonly index: number;
}

/** The mapping's text for a sheet or field, when it is one the engine can match. */
function mappedText(value: unknown): string | null {
  return typeof value === "string" && value.length <= MAX_LABEL_LENGTH && !isBlankText(value)
    ? value
    : null;
}

function sheetsOf(workbook: WorkbookSnapshot): ReadonlyArray<SheetSnapshot> {
  return Array.isArray(workbook?.sheets) ? workbook.sheets : [];
}

/** The sheet with this name: exactly as written, else after normalising (Excel's names ignore case anyway). */
function sheetNamed(sheets: ReadonlyArray<SheetSnapshot>, name: string): FoundSheet | null {
  let loose: FoundSheet | null = null;
  const wanted = normaliseHeader(name);
  for (let index = 0; index < sheets.length; index++) {
    const sheet = sheets[index];
    if (sheet === null || typeof sheet !== "object") continue;
    const own = toText(sheet.name);
    if (own === name) return { sheet, index };
    if (!loose && own.length <= MAX_LABEL_LENGTH && normaliseHeader(own) === wanted)
      loose = { sheet, index };
  }
  return loose;
}

/** Normalised names the mapping gives to other form sheets: not to be taken for this one by its name. */
function claimedByOthers(mapping: HeaderMapping | null | undefined, def: SheetDef): Set<string> {
  const claimed = new Set<string>();
  const sheets = mapping?.sheets;
  if (!sheets || typeof sheets !== "object") return claimed;
  for (const [id, name] of Object.entries(sheets)) {
    const text = mappedText(name);
    if (id !== def.id && text !== null) claimed.add(headerKey(text));
  }
  return claimed;
}

/**
 * The sheet the mapping names for this form sheet, when the workbook has it; otherwise the first sheet whose
 * name is the sheet's English or Vietnamese name or its id, after normalising (one the mapping gives to another
 * form sheet excepted).
 */
export function findSheet(
  workbook: WorkbookSnapshot,
  def: SheetDef,
  mapping?: HeaderMapping | null
): FoundSheet | null {
  const sheets = sheetsOf(workbook);
  const mapped = mappedText(mapping?.sheets?.[def.id]);
  if (mapped !== null) {
    const found = sheetNamed(sheets, mapped);
    if (found) return found;
  }
  const names = sheetNames(def);
  const claimed = claimedByOthers(mapping, def);
  for (let index = 0; index < sheets.length; index++) {
    const sheet = sheets[index];
    if (sheet === null || typeof sheet !== "object") continue;
    const name = toText(sheet.name);
    if (name.length > MAX_LABEL_LENGTH) continue;
    const normalised = headerKey(name);
    if (names.has(normalised) && !claimed.has(normalised)) return { sheet, index };
  }
  return null;
}

const headerLookups = new WeakMap<SheetDef, Map<string, number>>();

/** Normalised header text (English, Vietnamese or id) → field index. */
function standardLookup(def: SheetDef): Map<string, number> {
  let lookup = headerLookups.get(def);
  if (!lookup) {
    lookup = new Map();
    def.fields.forEach((field, index) => {
      for (const text of [field.id, field.headers.en, field.headers.vi, ...(field.aliases ?? [])])
        lookup!.set(headerKey(text), index);
    });
    headerLookups.set(def, lookup);
  }
  return lookup;
}

/**
 * The standard lookup with the mapping's headers added: a mapped header is its field, even where its text is
 * another field's standard header (the user said so).
 */
function headerLookup(
  def: SheetDef,
  mapping: HeaderMapping | null | undefined
): Map<string, number> {
  const standard = standardLookup(def);
  const columns = mapping?.columns?.[def.id];
  if (!columns || typeof columns !== "object") return standard;
  let lookup: Map<string, number> | null = null;
  def.fields.forEach((field, index) => {
    const text = Object.prototype.hasOwnProperty.call(columns, field.id)
      ? mappedText(columns[field.id])
      : null;
    if (text === null) return;
    lookup ??= new Map(standard);
    lookup.set(headerKey(text), index);
  });
  return lookup ?? standard;
}

type Row = ReadonlyArray<unknown>;

function rowAt(rows: RowSource, r: number): Row | null {
  const row = rows.at(r);
  return Array.isArray(row) ? row : null;
}

export interface HeaderMatch {
  readonly col: number;
  /** Index into the sheet definition's fields. */
  readonly field: number;
}

/** The header cells of a header block ending at row r: each column read as group + own text, then own text alone. */
function headerMatches(
  block: HeaderBlock,
  rows: RowSource,
  r: number,
  lookup: Map<string, number>
): HeaderMatch[] {
  const matches: HeaderMatch[] = [];
  let width = 0;
  for (let up = Math.max(0, r - 2); up <= r; up++)
    width = Math.max(width, rowAt(rows, up)?.length ?? 0);
  for (let col = 0; col < width; col++) {
    for (const text of block.candidates(r, col)) {
      if (text.length > MAX_LABEL_LENGTH) continue;
      const field = lookup.get(headerKey(text));
      if (field === undefined) continue;
      matches.push({ col, field });
      break;
    }
  }
  return matches;
}

function firstText(row: Row): string | null {
  for (let col = 0; col < row.length; col++) {
    const cell = row[col];
    if (cell === null || typeof cell !== "object") continue;
    const { value, kind } = cell as { value?: unknown; kind?: unknown };
    if (typeof value === "string" && kind !== "error" && !isBlankText(value)) return value;
  }
  return null;
}

/** `Total`, `Tổng`, `Tổng cộng` or `Cộng` (a trailing colon allowed). */
export function isTotalsLabel(text: string): boolean {
  if (text.length > 40) return false;
  // A label starts with one of the labels' first letters, plain or (in odd spellings) decomposed; any other ASCII
  // character but white space starts data.
  const first = text.charCodeAt(0);
  if (first < 128 && first !== 32 && first !== 9 && !TOTALS_INITIALS.has(first | 0x20))
    return false;
  let label = normaliseHeader(text);
  if (label.endsWith(":")) label = label.slice(0, -1).trimEnd();
  return TOTALS_LABELS.has(label);
}

function isNumeric(field: FieldDef): boolean {
  return field.kind === "count" || field.kind === "number" || field.kind === "rate";
}

export interface ReadSheetInput {
  readonly def: SheetDef;
  readonly found: FoundSheet;
  readonly findings: FindingList;
  readonly locale: Locale;
  readonly lang: Lang;
  /** The workbook's saved header mapping: its headers for this sheet count as the fields they are mapped to. */
  readonly mapping?: HeaderMapping | null;
  /**
   * The units sheet's codes (keys, normaliseKey), when it was read: a row with one of them is plainly a unit,
   * never footer. Absent on the units sheet itself and when there is none.
   */
  readonly unitKeys?: { has(key: string): boolean } | null;
  /** Normalised labels that head a group of rows without a marker (the unit types: `dang bo xa, phuong, dac khu`). */
  readonly groupLabels?: ReadonlySet<string>;
  /** On a sheet without a code column: rows the engine recognises (a summary item), never footer. */
  readonly knownRow?: (row: ReadonlyArray<unknown>, cols: ReadonlyArray<number>) => boolean;
  /** Rows whose every value is read as text, with no finding (the summary's text items). */
  readonly textRow?: (row: ReadonlyArray<unknown>, cols: ReadonlyArray<number>) => boolean;
}

/** A text cell's text (what readCommonCell reads of a text field's cell), else null. */
function textOf(cell: unknown): string | null {
  if (cell === null || typeof cell !== "object") return null;
  const { kind, value } = cell as { kind?: unknown; value?: unknown };
  return kind === "text" && typeof value === "string" ? value : null;
}

/** A cell's value as text (a number as its digits); null when empty. */
function plainText(cell: unknown): string | null {
  const text = cellText(cell);
  if (text !== null) return text.trim();
  const value =
    cell !== null && typeof cell === "object" ? (cell as { value?: unknown }).value : undefined;
  return typeof value === "number" && Number.isFinite(value) ? String(value) : null;
}

export interface HeaderFound {
  /** -1 when no row of the first 10 holds any required header. */
  readonly headerRow: number;
  /** Every recognised header cell of that row, in column order (a field may repeat: duplicate-column). */
  readonly matches: ReadonlyArray<HeaderMatch>;
}

/** The header row: the first of the first 10 rows with all required headers, else the one with the most. */
export function findHeader(
  def: SheetDef,
  sheet: SheetSnapshot,
  mapping?: HeaderMapping | null
): HeaderFound {
  const rows = rowsOf(sheet);
  const lookup = headerLookup(def, mapping);
  const block = new HeaderBlock(rows, usableMerges(sheet?.merges), HEADER_SEARCH_ROWS);
  const required = def.fields.map((field) => field.requiredColumn);
  const requiredCount = required.filter(Boolean).length;

  let headerRow = -1;
  let best: HeaderMatch[] = [];
  let bestScore = 0;
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, rows.length); r++) {
    const row = rowAt(rows, r);
    if (!row) continue;
    const matches = headerMatches(block, rows, r, lookup);
    const score = new Set(
      matches.filter((match) => required[match.field]).map((match) => match.field)
    ).size;
    if (score > bestScore) {
      bestScore = score;
      best = matches;
      headerRow = r;
      if (score === requiredCount) break;
    }
  }
  return { headerRow, matches: best };
}

const NO_LABELS: ReadonlySet<string> = new Set();

interface MappedColumn {
  readonly field: FieldDef;
  readonly index: number;
  readonly col: number;
  readonly numeric: boolean;
}

interface RowLayoutInput {
  readonly def: SheetDef;
  readonly rows: RowSource;
  readonly headerRow: number;
  readonly cols: ReadonlyArray<number>;
  readonly mapped: ReadonlyArray<MappedColumn>;
  readonly unitKeys?: { has(key: string): boolean } | null;
  readonly groupLabels: ReadonlySet<string>;
  readonly knownRow?: (row: ReadonlyArray<unknown>, cols: ReadonlyArray<number>) => boolean;
}

/** A code cell that is a group's marker, as `I`, `II.`, `(A)`. */
const GROUP_MARKER = /^\s*\(?[IVXLCA-Z]{1,6}[.):]?\s*$/;

/**
 * Where a real form's rows are not data (layout.ts): the column-number row under the header, the
 * footer below the data, group heading rows. Worked out once per sheet; the footer from the bottom up,
 * so a long table costs nothing more.
 */
class RowLayout {
  /** The column-number row, or -1. */
  readonly numberRow: number;
  /** The first row of the footer (rows.length when there is none). */
  readonly footerStart: number;
  private readonly codeCol: number;
  private readonly nameCol: number;
  private readonly enumCols: ReadonlyArray<number>;

  constructor(private readonly input: RowLayoutInput) {
    const { def, rows, headerRow, cols } = input;
    const codeIndex = fieldIndex(def, "code");
    this.codeCol = codeIndex >= 0 ? cols[codeIndex] : -1;
    const nameIndex = fieldIndex(def, "name");
    this.nameCol = nameIndex >= 0 ? cols[nameIndex] : -1;
    this.enumCols = def.fields
      .map((field, index) => (field.kind === "enum" ? cols[index] : -1))
      .filter((col) => col >= 0);

    let first = headerRow + 1;
    while (first < rows.length && this.isEmptyRow(rowAt(rows, first))) first++;
    const firstRow = rowAt(rows, first);
    // Only a row that looks like column numbers asks whether its code is a unit's (which builds the key set).
    const knownCode = (row: Row): boolean => {
      const code = this.codeText(row);
      return code !== null && !!input.unitKeys?.has(normaliseKey(code));
    };
    this.numberRow = firstRow && isColumnNumberRow(firstRow) && !knownCode(firstRow) ? first : -1;

    // The footer begins after the last row with a number in a form column, at an empty row or a footer label.
    let lastNumber = headerRow;
    for (let r = rows.length - 1; r > headerRow; r--) {
      const row = rowAt(rows, r);
      if (
        row &&
        input.mapped.some((entry) => holdsNumber(row[entry.col])) &&
        r !== this.numberRow
      ) {
        lastNumber = r;
        break;
      }
    }
    let footerStart = rows.length;
    for (let r = Math.max(lastNumber, this.numberRow) + 1; r < rows.length; r++) {
      const row = rowAt(rows, r);
      if (this.isEmptyRow(row) || rowHasFooterLabel(row!)) {
        footerStart = r;
        break;
      }
    }
    this.footerStart = footerStart;
  }

  /** Empty in every form column (a note outside the form does not make a row). */
  isEmptyRow(row: Row | null): boolean {
    if (!row) return true;
    for (const entry of this.input.mapped) if (!isEmptyCell(row[entry.col])) return false;
    return true;
  }

  private codeText(row: Row): string | null {
    if (this.codeCol < 0) return null;
    const cell = row[this.codeCol];
    const text = cellText(cell);
    if (text !== null) return text;
    const value =
      cell !== null && typeof cell === "object" ? (cell as { value?: unknown }).value : undefined;
    return typeof value === "number" && Number.isFinite(value) ? String(value) : null;
  }

  /** A row that is plainly a unit (a code of the units sheet; on the units sheet, a code and a name): never footer. */
  plainlyUnit(row: Row): boolean {
    if (this.codeCol < 0)
      return this.input.knownRow ? this.input.knownRow(row, this.input.cols) : false;
    const code = this.codeText(row);
    if (code === null || code.length > MAX_LABEL_LENGTH) return false;
    if (this.input.unitKeys) return this.input.unitKeys.has(normaliseKey(code));
    if (!looksLikeCode(code) || rowHasFooterLabel(row)) return false;
    // On the units sheet (or with no units sheet to ask): a code and a name, or a code and its type.
    if (this.nameCol >= 0 && cellText(row[this.nameCol]) !== null) return true;
    return (
      this.input.mapped.some(
        (entry) =>
          entry.col !== this.codeCol && entry.field.kind === "enum" && !isEmptyCell(row[entry.col])
      ) || this.nameCol < 0
    );
  }

  /** A group heading row: no code (or the heading itself in the code column), no type, a marker and a label. */
  groupHeading(row: Row): { marker: string | null; label: string } | null {
    if (this.codeCol < 0) return null;
    const codeCell = row[this.codeCol];
    if (!isEmptyCell(codeCell)) {
      const code = cellText(codeCell);
      if (code === null || code.length > MAX_LABEL_LENGTH) return null;
      // Most rows end here: a code is one token, and not a marker (`I`, `II.`, `(A)`).
      if (isPlainCode(code)) return null;
      if (looksLikeCode(code) && !GROUP_MARKER.test(code)) return null;
      const first = code.charCodeAt(code.search(/\S/));
      // Headings start with a capital marker or a label; never with a unit's code.
      if (first < 0x28 || (this.input.unitKeys && this.input.unitKeys.has(normaliseKey(code))))
        return null;
    }
    for (const col of this.enumCols) if (!isEmptyCell(row[col])) return null;
    return groupHeadingOf(rowTexts(row), this.input.groupLabels);
  }

  /** A number in a count or rate column: a heading row with counts is its group's subtotal. */
  holdsCounts(row: Row): boolean {
    return this.input.mapped.some((entry) => entry.numeric && holdsNumber(row[entry.col]));
  }
}

export function readSheet(input: ReadSheetInput): SheetRead {
  const { def, found, findings, locale, lang, mapping } = input;
  const snapshot = found.sheet;
  const name = toText(snapshot.name);
  const place: SheetPlace = {
    findings,
    locale,
    lang,
    sheet: name,
    order: found.index,
    sheetId: def.id,
  };
  const rows = rowsOf(snapshot);
  const { headerRow, matches } = findHeader(def, snapshot, mapping);
  const cols = placeColumns(def, place, headerRow, matches);

  // Columns sized for the rows below the header up front (to a million; beyond, they grow as filled).
  const capacity = headerRow >= 0 ? Math.max(0, Math.min(rows.length - headerRow - 1, 1 << 20)) : 0;
  const values = def.fields.map((field, index) =>
    cols[index] >= 0
      ? new ValueColumn(rows, cols[index], capacity, textHashOf(def, field))
      : ValueColumn.empty()
  );
  const mapped = def.fields
    .map((field, index): ReadColumn => ({
      field,
      index,
      col: cols[index],
      numeric: isNumeric(field),
      values: values[index],
      common: commonReadFor(field),
      plainHashed: field.kind === "text" && values[index].keepsHashes,
    }))
    .filter((entry) => entry.col >= 0);
  const body = new SheetBody(place, def, cols, mapped, input.textRow, capacity);
  if (headerRow >= 0 && mapped.length > 0) readRows(input, rows, headerRow, cols, body);
  body.finish();
  return {
    def,
    place,
    snapshot,
    headerRow,
    cols,
    rowNumbers: body.rowNumbers,
    values,
    totals: body.totals,
    incomplete: body.incomplete,
  };
}

/**
 * The hash of each text a column keeps for the rules: codes are looked up as keys on every sheet (the units
 * sheet's own repeats, the other sheets' units), the units' names grouped without diacritics (similar-name).
 */
function textHashOf(def: SheetDef, field: FieldDef): TextHash {
  if (field.id === "code") return TextHash.Key;
  return def.id === "units" && field.id === "name" ? TextHash.Folded : TextHash.None;
}

/**
 * Each field's column from the header's matches, -1 where it has none: a second column for a field is
 * reported (duplicate-column) and ignored, a required field without one is reported (missing-column).
 */
function placeColumns(
  def: SheetDef,
  place: SheetPlace,
  headerRow: number,
  matches: ReturnType<typeof findHeader>["matches"]
): number[] {
  const { findings, sheet, order, sheetId } = place;
  const cols = def.fields.map(() => -1);
  for (const match of matches) {
    const first = cols[match.field];
    if (first >= 0) {
      findings.add(
        "duplicate-column",
        { sheet, order, sheetId, row: headerRow, col: match.col },
        {
          field: def.fields[match.field].id,
          params: { first: cellAddress(headerRow, first) },
        }
      );
    } else {
      cols[match.field] = match.col;
    }
  }
  def.fields.forEach((field, index) => {
    if (field.requiredColumn && cols[index] < 0) {
      findings.add("missing-column", { sheet, order, sheetId }, { field: field.id });
    }
  });
  return cols;
}

/**
 * The rows under the header, each to its kind: skipped (the column-number row, footer, empty rows), the
 * sheet's totals, a group's subtotal (`Cộng I`), a group heading, or a data row.
 */
function readRows(
  input: ReadSheetInput,
  rows: RowSource,
  headerRow: number,
  cols: ReadonlyArray<number>,
  body: SheetBody
): void {
  const layout = new RowLayout({
    def: input.def,
    rows,
    headerRow,
    cols,
    mapped: body.mapped,
    unitKeys: input.unitKeys,
    groupLabels: input.groupLabels ?? NO_LABELS,
    knownRow: input.knownRow,
  });
  // One row at a time, none kept (a grid's rows come in one reused array).
  const rowFor = rowCursor(rows);
  for (let r = headerRow + 1; r < rows.length; r++) {
    const row = rowFor(r);
    if (!row) continue;
    if (r === layout.numberRow) continue;
    if (r >= layout.footerStart && !layout.plainlyUnit(row)) continue;
    if (layout.isEmptyRow(row)) continue;
    const label = firstText(row);
    if (label !== null && isTotalsLabel(label)) {
      body.totalsRow(r, row);
      continue;
    }
    const subtotalOf = label !== null ? subtotalLabelMarker(label) : null;
    if (subtotalOf !== null) {
      body.subtotalRow(r, row, subtotalOf);
      continue;
    }
    const heading = layout.groupHeading(row);
    if (heading) {
      body.headingRow(r, row, heading.marker, layout.holdsCounts(row));
      continue;
    }
    body.dataRow(r, row);
  }
}

/** `Cộng I`, `Tổng cộng II`, `Total A`: the group marker a subtotal label names, or null. */
function subtotalLabelMarker(label: string): string | null {
  // They start with c or t (plain or decomposed): others need no normalising.
  const initial = label.trimStart().charCodeAt(0) | 0x20;
  return initial === 0x63 || initial === 0x74 ? subtotalMarker(label) : null;
}

/** A field found in the sheet, with the column of values it fills and its fast path for common cells. */
interface ReadColumn extends MappedColumn {
  readonly values: ValueColumn;
  readonly common: CommonRead;
  /** A text field whose column keeps hashes: its common case is read by ValueColumn.setPlainText. */
  readonly plainHashed: boolean;
}

/** A full typed array's values in one twice as long (at least 16). */
function grown(full: Int32Array): Int32Array {
  const more = new Int32Array(Math.max(16, full.length * 2));
  more.set(full);
  return more;
}

/** The rows under one group heading: its subtotals' range ends where the group does. */
interface RowGroup {
  readonly marker: string | null;
  readonly range: { from: number; to: number };
}

/** What the rows under the header give: the data rows (column-wise), the totals and subtotals, the groups. */
class SheetBody {
  /** Sized up front like the columns, doubled if ever full, cut to `count` at the end (a view, no copy). */
  rowNumbers: Int32Array;
  /** Data rows read so far. */
  private count = 0;
  readonly totals: RowRead[] = [];
  readonly incomplete = new Set<string>();
  /** The group of rows under the last group heading, while it runs. */
  private group: RowGroup | null = null;
  private readonly closed: RowGroup[] = [];
  /**
   * A group's subtotal is a sum, checked only against its group (total-mismatch): the bounds of one row
   * (groups ≥ 1, counts ≥ 0, whole) do not apply to it; an empty group sums to 0, a faulty row's sign carries over.
   */
  private readonly unbounded: ReadonlyArray<FieldDef>;

  constructor(
    private readonly place: SheetPlace,
    private readonly def: SheetDef,
    private readonly cols: ReadonlyArray<number>,
    readonly mapped: ReadonlyArray<ReadColumn>,
    private readonly textRow: ReadSheetInput["textRow"],
    capacity: number
  ) {
    this.rowNumbers = new Int32Array(capacity);
    this.unbounded = mapped.map((entry): FieldDef => ({
      ...entry.field,
      kind: entry.field.kind === "count" ? "number" : entry.field.kind,
      min: undefined,
      max: undefined,
    }));
  }

  /** The sheet's totals row: it ends the group above. */
  totalsRow(r: number, row: Row): void {
    this.closeGroup();
    this.readTotals(r, row);
  }

  /** `Cộng I`: the subtotal of group I, here or above; a label for no group is neither data nor checked. */
  subtotalRow(r: number, row: Row, marker: string): void {
    const current = this.group;
    if (current && current.marker === marker) {
      this.closeGroup();
      this.readTotals(r, row, current.range);
    } else {
      const earlier = this.closed.find((candidate) => candidate.marker === marker);
      if (earlier) this.readTotals(r, row, earlier.range);
    }
  }

  /** A group heading starts a group; with counts in it, it is also the group's subtotal. */
  headingRow(r: number, row: Row, marker: string | null, holdsCounts: boolean): void {
    this.closeGroup();
    const group: RowGroup = { marker, range: { from: this.count, to: -1 } };
    this.group = group;
    if (holdsCounts) this.readTotals(r, row, group.range);
  }

  dataRow(r: number, row: Row): void {
    const at = this.count++;
    if (at === this.rowNumbers.length) this.rowNumbers = grown(this.rowNumbers);
    this.rowNumbers[at] = r;
    if (this.textRow && this.textRow(row, this.cols)) {
      // A row whose values are text by its own nature (the summary's committee name, code and year): read as typed.
      for (const entry of this.mapped) {
        const cell = row[entry.col];
        entry.values.set(at, plainText(cell), cell);
      }
      return;
    }
    for (let m = 0; m < this.mapped.length; m++) {
      const entry = this.mapped[m];
      const cell = row[entry.col];
      if (entry.plainHashed) {
        // A text field's common case (plain text, the cell's own) checked and hashed in one pass.
        const text = textOf(cell);
        if (text !== null && entry.values.setPlainText(at, text)) continue;
        const read = readUncommonField(this.place, r, entry.col, entry.field, cell);
        entry.values.set(at, read, cell);
        continue;
      }
      const value = readCommonCell(entry.common, cell);
      if (value !== UNCOMMON) {
        entry.values.set(at, value, cell);
        continue;
      }
      // Only the general path can give a blank or a cell with a finding.
      const read = readUncommonField(this.place, r, entry.col, entry.field, cell);
      entry.values.set(at, read, cell);
      if (entry.numeric && (read === INVALID || read === null)) this.incomplete.add(entry.field.id);
    }
  }

  /** After the last row: the last group ends, and the columns are cut to the data rows read. */
  finish(): void {
    this.closeGroup();
    this.rowNumbers = this.rowNumbers.subarray(0, this.count);
    for (const entry of this.mapped) entry.values.finish(this.rowNumbers, this.count);
  }

  private readTotals(r: number, row: Row, group?: { from: number; to: number }): void {
    const totalsValues: FieldValue[] = new Array<FieldValue>(this.def.fields.length).fill(null);
    this.mapped.forEach((entry, m) => {
      if (entry.numeric)
        totalsValues[entry.index] = readField(
          this.place,
          r,
          entry.col,
          group ? this.unbounded[m] : entry.field,
          row[entry.col],
          { required: false }
        );
    });
    this.totals.push(
      group ? { row: r, values: totalsValues, group } : { row: r, values: totalsValues }
    );
  }

  private closeGroup(): void {
    if (!this.group) return;
    this.group.range.to = this.count;
    this.closed.push(this.group);
    this.group = null;
  }
}

// The reader's working objects, one of each kept idle so that V8 keeps their layouts (helpers/kept-layouts.ts): a
// read of a sheet with no rows (the read, its place and columns), a row layout and a sheet body.
export const IDLE_READ: SheetRead = keepLayout(
  readSheet({
    def: SHEETS.units,
    found: { sheet: { name: "", rows: [] }, index: 0 },
    findings: new FindingList("vi"),
    locale: "vi-VN",
    lang: "vi",
    // Every field the reader's callers pass, in their order: the same layout as theirs.
    mapping: null,
    unitKeys: null,
    groupLabels: NO_LABELS,
    knownRow: undefined,
    textRow: undefined,
  })
);
keepLayout(
  new RowLayout({
    def: SHEETS.units,
    rows: [],
    headerRow: -1,
    cols: [],
    mapped: [],
    unitKeys: null,
    groupLabels: NO_LABELS,
    knownRow: undefined,
  })
);
keepLayout(new SheetBody(IDLE_READ.place, SHEETS.units, [], [], undefined, 0));
