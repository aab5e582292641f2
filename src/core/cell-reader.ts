/**
 * Reads one cell as a field of the form: a typed value, blank, or INVALID
 * after raising the cell's own finding (formula-error, not-a-number, ...).
 * Never throws, whatever the snapshot holds.
 */
import type { FieldDef, SheetId } from './form';
import type { FindingList } from './findings';
import { displayText, isBlankText, isPlainText, normaliseHeader, toText } from './normalise';
import { EXCEL_ERRORS, cleanFloat, isPercentFormat, parseNumberText } from './numbers';
import type { Lang, Locale } from './report';

/** A cell that already has its finding; rules skip it rather than pile up more. */
export const INVALID: unique symbol = Symbol('invalid');
export type FieldValue = number | string | null | typeof INVALID;

/** What a cell is, whatever shape the host gave it. */
export type ClassifiedCell =
  | { readonly kind: 'empty' }
  | { readonly kind: 'number'; readonly value: number; readonly percentFormat: boolean }
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'error'; readonly value: string };

const EMPTY: ClassifiedCell = { kind: 'empty' };

function fromValue(value: unknown, format: unknown): ClassifiedCell {
  if (typeof value === 'number') return { kind: 'number', value, percentFormat: isPercentFormat(format) };
  if (typeof value === 'string') return fromText(value);
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  return EMPTY;
}

function fromText(text: string): ClassifiedCell {
  if (isBlankText(text)) return EMPTY;
  // A cached error pasted as a value still reads as the error it shows.
  if (text.length <= 16 && text.indexOf('#') >= 0) {
    const trimmed = text.trim();
    if (EXCEL_ERRORS.has(trimmed.toUpperCase())) return { kind: 'error', value: trimmed.toUpperCase() };
  }
  return { kind: 'text', value: text };
}

export function classifyCell(cell: unknown): ClassifiedCell {
  if (cell === null || typeof cell !== 'object') return EMPTY;
  const { kind, value, numberFormat } = cell as { kind?: unknown; value?: unknown; numberFormat?: unknown };
  switch (kind) {
    case 'error':
      return { kind: 'error', value: typeof value === 'string' && value !== '' ? value : '#VALUE!' };
    case 'text':
      return value === null || value === undefined ? EMPTY : fromText(toText(value));
    case 'boolean':
      return typeof value === 'boolean' ? { kind: 'boolean', value } : fromValue(value, numberFormat);
    default:
      // 'number', 'empty' and anything a host may invent: trust the value's own type.
      return fromValue(value, numberFormat);
  }
}

export function isEmptyCell(cell: unknown): boolean {
  if (cell === null || cell === undefined || typeof cell !== 'object') return true;
  const value = (cell as { value?: unknown }).value;
  if (value === null || value === undefined) return (cell as { kind?: unknown }).kind !== 'error';
  if (typeof value === 'string') return (cell as { kind?: unknown }).kind !== 'error' && isBlankText(value);
  return typeof value !== 'number' && typeof value !== 'boolean';
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

function raise(place: SheetPlace, code: Parameters<FindingList['add']>[0], row: number, col: number, details: Parameters<FindingList['add']>[2]): void {
  place.findings.add(code, { sheet: place.sheet, order: place.order, sheetId: place.sheetId, row, col }, details);
}

function readNumber(place: SheetPlace, row: number, col: number, field: FieldDef, cell: ClassifiedCell): FieldValue {
  let value: number;
  switch (cell.kind) {
    case 'empty':
      return null;
    case 'error':
      raise(place, 'formula-error', row, col, { field: field.id, actual: cell.value });
      return INVALID;
    case 'boolean':
      raise(place, 'not-a-number', row, col, { field: field.id, actual: cell.value ? 'TRUE' : 'FALSE' });
      return INVALID;
    case 'text': {
      const parsed = parseNumberText(cell.value, place.locale);
      const shown = displayText(cell.value).slice(0, 200);
      if (parsed === null || (parsed.percent && field.kind !== 'rate')) {
        raise(place, 'not-a-number', row, col, { field: field.id, actual: shown });
        return INVALID;
      }
      value = parsed.value;
      raise(place, 'number-as-text', row, col, { field: field.id, actual: shown, params: { value } });
      break;
    }
    case 'number':
      if (!Number.isFinite(cell.value)) {
        raise(place, 'not-a-number', row, col, { field: field.id, actual: String(cell.value) });
        return INVALID;
      }
      value = field.kind === 'rate' && cell.percentFormat ? cleanFloat(cell.value * 100) : cell.value;
      break;
  }
  if (field.kind === 'count') {
    if (!Number.isInteger(value)) {
      raise(place, 'not-whole', row, col, { field: field.id, actual: value });
      return INVALID;
    }
    if (value < 0) {
      raise(place, 'negative', row, col, { field: field.id, actual: value });
      return INVALID;
    }
  }
  if (field.min !== undefined && value < field.min) {
    raise(place, 'out-of-range', row, col, { field: field.id, actual: value, expected: `>= ${field.min}`, params: { limit: field.min } });
    return INVALID;
  }
  if (field.max !== undefined && value > field.max) {
    raise(place, 'out-of-range', row, col, { field: field.id, actual: value, expected: `<= ${field.max}`, params: { limit: field.max }, variant: 'max' });
    return INVALID;
  }
  return value === 0 ? 0 : value;
}

function readText(place: SheetPlace, row: number, col: number, field: FieldDef, cell: ClassifiedCell): FieldValue {
  switch (cell.kind) {
    case 'empty':
      return null;
    case 'error':
      raise(place, 'formula-error', row, col, { field: field.id, actual: cell.value });
      return INVALID;
    case 'boolean':
      return cell.value ? 'TRUE' : 'FALSE';
    case 'number':
      return String(cell.value);
    case 'text':
      return displayText(cell.value);
  }
}

const enumLookups = new WeakMap<FieldDef, Map<string, string>>();

function enumLookup(field: FieldDef): Map<string, string> {
  let lookup = enumLookups.get(field);
  if (!lookup) {
    lookup = new Map();
    for (const value of field.values ?? []) {
      const spellings = [value.id, ...(value.labels ? [value.labels.en, value.labels.vi] : []), ...(value.aliases ?? [])];
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
    id = enumLookup(field).get(normaliseHeader(text)) ?? '';
    if (cache.size < 1000) cache.set(text, id);
  }
  return id === '' ? null : id;
}

/** The allowed values as a user reads them in the language (labels where there are labels). */
export function allowedList(field: FieldDef, lang: Lang): string {
  return (field.values ?? []).map((value) => (value.labels ? value.labels[lang] : value.id)).join('; ');
}

function readEnum(place: SheetPlace, row: number, col: number, field: FieldDef, cell: ClassifiedCell): FieldValue {
  const text = readText(place, row, col, field, cell);
  if (text === null || text === INVALID || typeof text !== 'string') return text;
  const id = matchEnum(field, text);
  if (id === null) {
    raise(place, 'unknown-value', row, col, {
      field: field.id,
      actual: text.slice(0, 200),
      expected: (field.values ?? []).map((value) => value.id).join(' | '),
      params: { allowed: allowedList(field, place.lang) },
    });
    return INVALID;
  }
  return id;
}

/** Reads a cell as `field`, raising the cell's own findings (and required-cell when blank and required). */
const DEFAULT_READ: ReadOptions = {};

export function readField(place: SheetPlace, row: number, col: number, field: FieldDef, rawCell: unknown, options: ReadOptions = DEFAULT_READ): FieldValue {
  // The common case first, without building a classified cell: a whole number in a count within its bounds.
  if (field.kind === 'count' && rawCell !== null && typeof rawCell === 'object') {
    const { kind, value } = rawCell as { kind?: unknown; value?: unknown };
    if (kind === 'number' && typeof value === 'number' && Number.isInteger(value) && value >= (field.min ?? 0) && (field.max === undefined || value <= field.max)) {
      return value === 0 ? 0 : value;
    }
  }
  // And a plain text in a text or list field (no error literal can hide in text without `#`).
  if ((field.kind === 'text' || field.kind === 'enum') && rawCell !== null && typeof rawCell === 'object') {
    const { kind, value } = rawCell as { kind?: unknown; value?: unknown };
    if (kind === 'text' && typeof value === 'string' && isPlainText(value)) {
      if (field.kind === 'text') return value;
      const id = matchEnum(field, value);
      if (id !== null) return id;
    }
  }
  const cell = classifyCell(rawCell);
  let value: FieldValue;
  switch (field.kind) {
    case 'text':
      value = readText(place, row, col, field, cell);
      break;
    case 'enum':
      value = readEnum(place, row, col, field, cell);
      break;
    default:
      value = readNumber(place, row, col, field, cell);
  }
  if (value === null && (options.required ?? field.requiredCell)) {
    raise(place, 'required-cell', row, col, { field: field.id });
  }
  return value;
}
