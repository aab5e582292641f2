/**
 * Reads one cell as a field of the form: a typed value, blank, or INVALID
 * after raising the cell's own finding (formula-error, not-a-number, ...).
 * Never throws, whatever the snapshot holds.
 */
import type { FieldDef, SheetId } from "../form/form";
import type { FindingList } from "../findings/findings";
import {
  displayText,
  isBlankText,
  isPlainText,
  normaliseHeader,
  toText,
} from "../helpers/normalise";
import { EXCEL_ERRORS, cleanFloat, isPercentFormat, parseNumberText } from "../helpers/numbers";
import type { Lang, Locale } from "../model/report";

/** A cell that already has its finding; rules skip it rather than pile up more. */
export const INVALID: unique symbol = Symbol("invalid");
export type FieldValue = number | string | null | typeof INVALID;

/** What a cell is, whatever shape the host gave it. */
export type ClassifiedCell =
  | { readonly kind: "empty" }
  | { readonly kind: "number"; readonly value: number; readonly percentFormat: boolean }
  | { readonly kind: "text"; readonly value: string }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "error"; readonly value: string };

const EMPTY: ClassifiedCell = { kind: "empty" };

function fromValue(value: unknown, format: unknown): ClassifiedCell {
  if (typeof value === "number")
    return { kind: "number", value, percentFormat: isPercentFormat(format) };
  if (typeof value === "string") return fromText(value);
  if (typeof value === "boolean") return { kind: "boolean", value };
  return EMPTY;
}

function fromText(text: string): ClassifiedCell {
  if (isBlankText(text)) return EMPTY;
  // A cached error pasted as a value still reads as the error it shows.
  if (text.length <= 16 && text.indexOf("#") >= 0) {
    const trimmed = text.trim();
    if (EXCEL_ERRORS.has(trimmed.toUpperCase()))
      return { kind: "error", value: trimmed.toUpperCase() };
  }
  return { kind: "text", value: text };
}

export function classifyCell(cell: unknown): ClassifiedCell {
  if (cell === null || typeof cell !== "object") return EMPTY;
  const { kind, value, numberFormat } = cell as {
    kind?: unknown;
    value?: unknown;
    numberFormat?: unknown;
  };
  switch (kind) {
    case "error":
      return {
        kind: "error",
        value: typeof value === "string" && value !== "" ? value : "#VALUE!",
      };
    case "text":
      return value === null || value === undefined ? EMPTY : fromText(toText(value));
    case "boolean":
      return typeof value === "boolean"
        ? { kind: "boolean", value }
        : fromValue(value, numberFormat);
    default:
      // 'number', 'empty' and anything a host may invent: trust the value's own type.
      return fromValue(value, numberFormat);
  }
}

export function isEmptyCell(cell: unknown): boolean {
  if (cell === null || cell === undefined || typeof cell !== "object") return true;
  const value = (cell as { value?: unknown }).value;
  if (value === null || value === undefined) return (cell as { kind?: unknown }).kind !== "error";
  if (typeof value === "string")
    return (cell as { kind?: unknown }).kind !== "error" && isBlankText(value);
  return typeof value !== "number" && typeof value !== "boolean";
}

/** The sheet a cell belongs to, as findings need it. */
export interface SheetPlace {
  readonly findings: FindingList;
  readonly locale: Locale;
  readonly lang: Lang;
  readonly sheet: string;
  readonly order: number;
  readonly sheetId: SheetId;
}

export interface ReadOptions {
  /** False in a totals row, where a blank is allowed. */
  readonly required?: boolean;
}

function raise(
  place: SheetPlace,
  code: Parameters<FindingList["add"]>[0],
  row: number,
  col: number,
  details: Parameters<FindingList["add"]>[2]
): void {
  place.findings.add(
    code,
    { sheet: place.sheet, order: place.order, sheetId: place.sheetId, row, col },
    details
  );
}

function readNumber(
  place: SheetPlace,
  row: number,
  col: number,
  field: FieldDef,
  cell: ClassifiedCell
): FieldValue {
  let value: number;
  switch (cell.kind) {
    case "empty":
      return null;
    case "error":
      raise(place, "formula-error", row, col, { field: field.id, actual: cell.value });
      return INVALID;
    case "boolean":
      raise(place, "not-a-number", row, col, {
        field: field.id,
        actual: cell.value ? "TRUE" : "FALSE",
      });
      return INVALID;
    case "text": {
      const parsed = parseNumberText(cell.value, place.locale);
      const shown = displayText(cell.value).slice(0, 200);
      if (parsed === null || (parsed.percent && field.kind !== "rate")) {
        raise(place, "not-a-number", row, col, { field: field.id, actual: shown });
        return INVALID;
      }
      value = parsed.value;
      raise(place, "number-as-text", row, col, {
        field: field.id,
        actual: shown,
        params: { value },
      });
      break;
    }
    case "number":
      if (!Number.isFinite(cell.value)) {
        raise(place, "not-a-number", row, col, { field: field.id, actual: String(cell.value) });
        return INVALID;
      }
      value =
        field.kind === "rate" && cell.percentFormat ? cleanFloat(cell.value * 100) : cell.value;
      break;
  }
  if (field.kind === "count") {
    if (!Number.isInteger(value)) {
      raise(place, "not-whole", row, col, { field: field.id, actual: value });
      return INVALID;
    }
    if (value < 0) {
      raise(place, "negative", row, col, { field: field.id, actual: value });
      return INVALID;
    }
  }
  if (field.min !== undefined && value < field.min) {
    raise(place, "out-of-range", row, col, {
      field: field.id,
      actual: value,
      expected: `>= ${field.min}`,
      params: { limit: field.min },
    });
    return INVALID;
  }
  if (field.max !== undefined && value > field.max) {
    raise(place, "out-of-range", row, col, {
      field: field.id,
      actual: value,
      expected: `<= ${field.max}`,
      params: { limit: field.max },
      variant: "max",
    });
    return INVALID;
  }
  return value === 0 ? 0 : value;
}

function readText(
  place: SheetPlace,
  row: number,
  col: number,
  field: FieldDef,
  cell: ClassifiedCell
): FieldValue {
  switch (cell.kind) {
    case "empty":
      return null;
    case "error":
      raise(place, "formula-error", row, col, { field: field.id, actual: cell.value });
      return INVALID;
    case "boolean":
      return cell.value ? "TRUE" : "FALSE";
    case "number":
      return String(cell.value);
    case "text":
      return displayText(cell.value);
  }
}

const enumLookups = new WeakMap<FieldDef, Map<string, string>>();

function enumLookup(field: FieldDef): Map<string, string> {
  let lookup = enumLookups.get(field);
  if (!lookup) {
    lookup = new Map();
    for (const value of field.values ?? []) {
      const spellings = [
        value.id,
        ...(value.labels ? [value.labels.en, value.labels.vi] : []),
        ...(value.aliases ?? []),
      ];
      for (const spelling of spellings) lookup.set(normaliseHeader(spelling), value.id);
    }
    enumLookups.set(field, lookup);
  }
  return lookup;
}

/** Raw text → id (or '' for none), so a column of 100,000 identical types is normalised once. */
const enumCaches = new WeakMap<FieldDef, Map<string, string>>();

/** An enum value by its id or either label; null when the text names none of them. */
let lastField: FieldDef | null = null;
let lastCache: Map<string, string> | null = null;

export function matchEnum(field: FieldDef, text: string): string | null {
  // Rows are read field after field, so the last field's cache is usually the one wanted.
  let cache = field === lastField ? lastCache : enumCaches.get(field);
  if (!cache) {
    cache = new Map();
    enumCaches.set(field, cache);
  }
  lastField = field;
  lastCache = cache;
  let id = cache.get(text);
  if (id === undefined) {
    id = enumLookup(field).get(normaliseHeader(text)) ?? "";
    if (cache.size < 1000) cache.set(text, id);
  }
  return id === "" ? null : id;
}

/** The allowed values as a user reads them in the language (labels where there are labels). */
export function allowedList(field: FieldDef, lang: Lang): string {
  return (field.values ?? [])
    .map((value) => (value.labels ? value.labels[lang] : value.id))
    .join("; ");
}

function readEnum(
  place: SheetPlace,
  row: number,
  col: number,
  field: FieldDef,
  cell: ClassifiedCell
): FieldValue {
  const text = readText(place, row, col, field, cell);
  if (text === null || text === INVALID || typeof text !== "string") return text;
  const id = matchEnum(field, text);
  if (id === null) {
    raise(place, "unknown-value", row, col, {
      field: field.id,
      actual: text.slice(0, 200),
      expected: (field.values ?? []).map((value) => value.id).join(" | "),
      params: { allowed: allowedList(field, place.lang) },
    });
    return INVALID;
  }
  return id;
}

/** What readCommonCell returns for a cell that needs the general path (and maybe a finding). */
export const UNCOMMON: unique symbol = Symbol("uncommon");

/** CommonRead.kind: numbers rather than the field's kind strings, compared per cell. */
const CommonKind = { None: 0, Count: 1, Text: 2, Enum: 3, Number: 4, Rate: 5 } as const;
type CommonKind = (typeof CommonKind)[keyof typeof CommonKind];

/**
 * A field's common case, resolved once per column: field definitions differ in
 * shape (optional bounds and values), so reading them per cell is a slow
 * polymorphic load; this object has one shape for every column.
 */
export interface CommonRead {
  readonly kind: CommonKind;
  /** Bounds: the field's own, else a count's (≥ 0) or none. */
  readonly min: number;
  readonly max: number;
  /** Enum: raw text → id for texts already proven plain and matched (a column of 100,000 types scans each once). */
  readonly enumIds: Map<string, string> | null;
  readonly field: FieldDef;
}

/** Distinct texts remembered per enum column; a column of typos beyond this still reads right, only slower. */
const MAX_REMEMBERED_TEXTS = 1000;

const COMMON_KINDS: Readonly<Record<string, CommonKind>> = {
  count: CommonKind.Count,
  text: CommonKind.Text,
  enum: CommonKind.Enum,
  number: CommonKind.Number,
  rate: CommonKind.Rate,
};

export function commonReadFor(field: FieldDef): CommonRead {
  const kind = COMMON_KINDS[field.kind] ?? CommonKind.None;
  return {
    kind,
    min: field.min ?? (kind === CommonKind.Count ? 0 : Number.NEGATIVE_INFINITY),
    max: field.max ?? Number.POSITIVE_INFINITY,
    enumIds: kind === CommonKind.Enum ? new Map() : null,
    field,
  };
}

function readCommonEnum(common: CommonRead, text: string): FieldValue | typeof UNCOMMON {
  const enumIds = common.enumIds!;
  const known = enumIds.get(text);
  if (known !== undefined) return known;
  // No error literal can hide in plain text (it holds no `#`), and plain text is shown as it is.
  if (!isPlainText(text)) return UNCOMMON;
  const id = matchEnum(common.field, text);
  if (id === null) return UNCOMMON;
  if (enumIds.size < MAX_REMEMBERED_TEXTS) enumIds.set(text, id);
  return id;
}

function hasNoPercent(format: unknown): boolean {
  return format === undefined || (typeof format === "string" && format.indexOf("%") < 0);
}

/**
 * The value of a cell in the common case, which raises no finding: a whole
 * number within a count's bounds, plain text in a text field, plain text
 * naming a list value, a finite number within bounds in a number or rate
 * field (not percentage-formatted). UNCOMMON for anything else (readField then reads it).
 */
export function readCommonCell(common: CommonRead, rawCell: unknown): FieldValue | typeof UNCOMMON {
  if (common.kind === CommonKind.None || rawCell === null || typeof rawCell !== "object")
    return UNCOMMON;
  const { kind, value } = rawCell as { kind?: unknown; value?: unknown };
  if (common.kind === CommonKind.Count) {
    if (
      kind === "number" &&
      typeof value === "number" &&
      Number.isInteger(value) &&
      value >= common.min &&
      value <= common.max
    ) {
      return value === 0 ? 0 : value;
    }
    return UNCOMMON;
  }
  if (common.kind >= CommonKind.Number) {
    // A percentage-formatted rate is read ×100 on the general path; a format without `%` cannot be one.
    if (
      common.kind === CommonKind.Rate &&
      !hasNoPercent((rawCell as { numberFormat?: unknown }).numberFormat)
    )
      return UNCOMMON;
    if (
      kind === "number" &&
      typeof value === "number" &&
      Number.isFinite(value) &&
      value >= common.min &&
      value <= common.max
    ) {
      return value === 0 ? 0 : value;
    }
    return UNCOMMON;
  }
  if (kind !== "text" || typeof value !== "string") return UNCOMMON;
  if (common.kind === CommonKind.Enum) return readCommonEnum(common, value);
  return isPlainText(value) ? value : UNCOMMON;
}

const commonReads = new WeakMap<FieldDef, CommonRead>();

function commonReadOf(field: FieldDef): CommonRead {
  let common = commonReads.get(field);
  if (!common) {
    common = commonReadFor(field);
    commonReads.set(field, common);
  }
  return common;
}

/** Reads a cell as `field`, raising the cell's own findings (and required-cell when blank and required). */
const DEFAULT_READ: ReadOptions = {};

export function readField(
  place: SheetPlace,
  row: number,
  col: number,
  field: FieldDef,
  rawCell: unknown,
  options: ReadOptions = DEFAULT_READ
): FieldValue {
  const common = readCommonCell(commonReadOf(field), rawCell);
  return common === UNCOMMON ? readUncommonField(place, row, col, field, rawCell, options) : common;
}

/** readField for a cell readCommonCell could not read: the general path, with the cell's findings. */
export function readUncommonField(
  place: SheetPlace,
  row: number,
  col: number,
  field: FieldDef,
  rawCell: unknown,
  options: ReadOptions = DEFAULT_READ
): FieldValue {
  const cell = classifyCell(rawCell);
  let value: FieldValue;
  switch (field.kind) {
    case "text":
      value = readText(place, row, col, field, cell);
      break;
    case "enum":
      value = readEnum(place, row, col, field, cell);
      break;
    default:
      value = readNumber(place, row, col, field, cell);
  }
  if (value === null && (options.required ?? field.requiredCell)) {
    raise(place, "required-cell", row, col, { field: field.id });
  }
  return value;
}
