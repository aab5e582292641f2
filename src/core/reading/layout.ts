/**
 * The layout of real report forms (biểu mẫu) around the form's table (spec:
 * "Reading a sheet", real forms): headers over two or three rows with merged
 * group headings, a column-number row under the header, group heading rows
 * and their subtotals, and the footer below the data. None of it is data, and
 * none of it is a finding.
 */
import { keepLayout } from "../helpers/kept-layouts";
import { cellOf, type RowSource } from "../model/sheet-grid";
import { isBlankText, normaliseHeader } from "../helpers/normalise";

export interface MergeRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

type Row = ReadonlyArray<unknown>;

/** How many rows a header may span (a group heading over a group heading over the column's own text). */
export const MAX_HEADER_ROWS = 3;

/** The text of a cell when it holds non-blank text (not an error); null otherwise. */
export function cellText(cell: unknown): string | null {
  if (cell === null || typeof cell !== "object") return null;
  const { value, kind } = cell as { value?: unknown; kind?: unknown };
  if (kind === "error" || typeof value !== "string" || isBlankText(value)) return null;
  return value;
}

function hasValue(cell: unknown): boolean {
  if (cell === null || typeof cell !== "object") return false;
  const { value, kind } = cell as { value?: unknown; kind?: unknown };
  if (kind === "error") return true;
  if (typeof value === "string") return !isBlankText(value);
  return typeof value === "number" || typeof value === "boolean";
}

/** The merges of a sheet that the engine can use; null when the host did not say (then the layout is guessed). */
export function usableMerges(merges: unknown): ReadonlyArray<MergeRange> | null {
  if (!Array.isArray(merges)) return null;
  const usable: MergeRange[] = [];
  for (const merge of merges) {
    if (merge === null || typeof merge !== "object") continue;
    const { top, left, bottom, right } = merge as Record<string, unknown>;
    if (
      [top, left, bottom, right].every((n) => Number.isInteger(n) && (n as number) >= 0) &&
      (bottom as number) >= (top as number) &&
      (right as number) >= (left as number)
    ) {
      usable.push({
        top: top as number,
        left: left as number,
        bottom: bottom as number,
        right: right as number,
      });
    }
  }
  return usable;
}

/**
 * Header texts of the cells of a block of header rows ending at `last`, read as a
 * careful reader reads a printed form: a cell merged down counts for every row it
 * covers, a cell merged across is the group heading of the cells under it.
 */
export class HeaderBlock {
  /** Merges that touch the header area (the first rows), by the rows they cover. */
  private readonly merges: ReadonlyArray<MergeRange> | null;

  constructor(
    private readonly rows: RowSource,
    merges: ReadonlyArray<MergeRange> | null,
    searchRows: number
  ) {
    this.merges =
      merges === null ? null : merges.filter((merge) => merge.top < searchRows + MAX_HEADER_ROWS);
  }

  private text(r: number, c: number): string | null {
    return cellText(cellOf(this.rows, r, c));
  }

  private mergeAt(r: number, c: number): MergeRange | null {
    if (!this.merges) return null;
    for (const merge of this.merges) {
      if (merge.top <= r && r <= merge.bottom && merge.left <= c && c <= merge.right) return merge;
    }
    return null;
  }

  /** A column's own header text in row `r`, and the row it is written in (above `r` when merged down). */
  own(r: number, c: number): { text: string; from: number } | null {
    const text = this.text(r, c);
    if (text !== null) return { text, from: r };
    const merge = this.mergeAt(r, c);
    if (merge) {
      if (merge.top >= r || merge.left !== c) return null;
      const above = this.text(merge.top, c);
      return above === null ? null : { text: above, from: merge.top };
    }
    // Not merged (or merges unknown): an empty cell under a header text within the block is that text, as if merged down.
    for (let up = r - 1; up >= Math.max(0, r - MAX_HEADER_ROWS + 1); up--) {
      if (this.mergeAt(up, c)) return null;
      const above = this.text(up, c);
      if (above !== null) return { text: above, from: up };
    }
    return null;
  }

  /** The group heading over column `c` in row `u` (a row above the column's own text, which starts at `last`); null when none. */
  group(u: number, c: number, last: number): string | null {
    if (u < 0) return null;
    const merge = this.mergeAt(u, c);
    if (merge) return merge.bottom < last ? this.text(merge.top, merge.left) : null;
    const text = this.text(u, c);
    if (text !== null) return text;
    // Not merged (`Center across selection`, or merges unknown): a heading spans to its right over empty
    // cells, above cells that have their own text.
    const lower = this.rows.at(last);
    if (!Array.isArray(lower) || cellText(lower[c]) === null) return null;
    for (let left = c - 1; left >= 0; left--) {
      if (cellText(lower[left]) === null || this.mergeAt(u, left)) return null;
      const heading = this.text(u, left);
      if (heading !== null) return heading;
    }
    return null;
  }

  /**
   * The texts a column's header may be, most specific first: group + own text
   * (over two or three rows), then its own text alone.
   */
  candidates(last: number, c: number): string[] {
    const own = this.own(last, c);
    if (own === null) return [];
    const upper = own.from - 1;
    const g1 = this.group(upper, c, own.from);
    const g2Raw = this.group(upper - 1, c, own.from);
    const g2 = g2Raw !== null && g2Raw !== g1 ? g2Raw : null;
    const texts: string[] = [];
    if (g2 !== null && g1 !== null) texts.push(`${g2} ${g1} ${own.text}`);
    if (g1 !== null) texts.push(`${g1} ${own.text}`);
    if (g2 !== null) texts.push(`${g2} ${own.text}`);
    texts.push(own.text);
    return texts;
  }
}

// ---------------------------------------------------------------------------
// The column-number row

const MARKER_TOKEN = String.raw`\(?\s*(?:\d{1,3}|[A-Za-z]{1,3})\s*\)?`;
const MARKER_CELL = new RegExp(
  String.raw`^${MARKER_TOKEN}(?:\s*[=+\-*/:x×]\s*${MARKER_TOKEN})*(?:\s*[x×*]\s*100\s*%?)?$`
);

/**
 * A column-number row (`(1) (2) (3)`, `1 2 3`, `A B 1 2`, `(5)=(4)/(2)`): every
 * cell that holds something is such a marker, at least two do, and the numbers
 * among them go up from left to right (so that a row of data is never one).
 */
export function isColumnNumberRow(row: Row): boolean {
  let markers = 0;
  let lastNumber = -Infinity;
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (!hasValue(cell)) continue;
    const { value, kind } = cell as { value: unknown; kind?: unknown };
    if (kind === "error") return false;
    let text: string;
    if (typeof value === "number") {
      if (!Number.isInteger(value) || value < 0 || value > 999) return false;
      text = String(value);
    } else if (typeof value === "string") {
      text = value.trim();
      if (text.length > 40 || !MARKER_CELL.test(text)) return false;
    } else {
      return false;
    }
    const number = /\d+/.exec(text);
    if (number) {
      const n = Number(number[0]);
      if (n <= lastNumber) return false;
      lastNumber = n;
    }
    markers++;
  }
  return markers >= 2;
}

// ---------------------------------------------------------------------------
// Group heading rows and their subtotals

const ROMAN = /^(?=[IVXLC])(?:C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

function isMarker(text: string): boolean {
  return ROMAN.test(text) || /^[A-Z]$/.test(text);
}

/** `I`, `II.`, `A)`, `B:` alone; the marker (upper case) or null. */
export function markerOf(text: string): string | null {
  const match = /^\s*\(?([A-Z]{1,6})\s*[.):]?\s*$/.exec(text);
  return match && isMarker(match[1]) ? match[1] : null;
}

/** `I. Đảng bộ xã, phường, đặc khu`, `A - Khối cơ quan`: the marker and the label; null when the text does not start with one. */
export function markedLabel(text: string): { marker: string; label: string } | null {
  const match = /^\s*\(?([A-Z]{1,6})(?:\s*[.):\-–]\s*|\s+)(\S.*)$/s.exec(text);
  if (!match || !isMarker(match[1])) return null;
  return { marker: match[1], label: match[2] };
}

export interface GroupHeading {
  /** Upper case marker (`I`, `A`), or null for a heading that is a unit-type label alone. */
  readonly marker: string | null;
  readonly label: string;
}

/**
 * The heading of a group of rows, from the texts of a row that has no code:
 * a marker with a label (in one cell or two), or a label alone when it is one
 * of `groupLabels` (normalised: `dang bo xa, phuong, dac khu`, ...).
 */
export function groupHeadingOf(
  texts: ReadonlyArray<string>,
  groupLabels: ReadonlySet<string>
): GroupHeading | null {
  if (texts.length === 0 || texts.length > 2) return null;
  const first = texts[0];
  const alone = markerOf(first);
  if (alone !== null) {
    return texts.length === 2 ? { marker: alone, label: texts[1] } : { marker: alone, label: "" };
  }
  if (texts.length !== 1) return null;
  const marked = markedLabel(first);
  if (marked) return marked;
  const label = normaliseHeader(first.length > 200 ? "" : first)
    .replace(/:$/, "")
    .trim();
  return groupLabels.has(label) || groupLabels.has(label.replace(/^cac /, ""))
    ? { marker: null, label: first }
    : null;
}

/** `Cộng I`, `Tổng cộng II:`, `Cộng (A)`: the group's marker (upper case); null when the text is not a group's subtotal label. */
export function subtotalMarker(text: string): string | null {
  if (text.length > 60) return null;
  const match =
    /^(?:cong|tong cong|tong|total)\s+(?:nhom\s+|muc\s+|khoi\s+)?\(?([a-z]{1,6})\)?\s*:?$/.exec(
      normaliseHeader(text)
    );
  if (!match) return null;
  const marker = match[1].toUpperCase();
  return isMarker(marker) ? marker : null;
}

// ---------------------------------------------------------------------------
// The footer

const FOOTER_STARTS = [
  "noi nhan",
  "nguoi lap",
  "nguoi ky",
  "t/m",
  "tm ",
  "tm.",
  "k/t",
  "kt ",
  "kt.",
  "q/",
  "bi thu",
  "pho bi thu",
  "ghi chu",
  "luu",
  "xac nhan",
  "truong ban",
  "pho truong ban",
  "thu truong",
  "chu tich",
  "(ky",
  "ky ten",
  "ky, ",
  "ky,",
  "da ky",
  "nguoi kiem tra",
  "kiem tra",
];

/** Text that begins a form's footer: `Nơi nhận:`, `Người lập biểu`, `T/M BAN THƯỜNG VỤ`, `Bí thư`, `…, ngày … tháng … năm …`, notes. */
export function isFooterLabel(text: string): boolean {
  if (text.length > 300) return false;
  const label = normaliseHeader(text).replace(/^[-–*•+\s]+/, "");
  if (FOOTER_STARTS.some((start) => label.startsWith(start))) return true;
  return /(^|[\s,])ngay\b.*\bthang\b.*\bnam\b/.test(label);
}

/** True when some cell of the row is a footer label. */
export function rowHasFooterLabel(row: Row): boolean {
  for (let c = 0; c < row.length; c++) {
    const text = cellText(row[c]);
    if (text !== null && isFooterLabel(text)) return true;
  }
  return false;
}

/** A code as staff type one: a single token (`X01`, `CB-12`, `01`), not a label (`Nơi nhận:`). */
export function looksLikeCode(text: string): boolean {
  const trimmed = text.trim();
  return (
    trimmed.length > 0 &&
    trimmed.length <= 30 &&
    !/[\s\u00a0]/.test(trimmed) &&
    !trimmed.endsWith(":")
  );
}

/**
 * The usual code (`DV000123`, `CB-12`): 1 to 30 ASCII letters, digits, `-`, `_`, `.` or `/`, with a digit. It
 * looksLikeCode and, holding a digit, can never be a group marker (`I`, `II.`, `(A)`): one pass where the
 * group-heading test of every row would take two regexes.
 */
export function isPlainCode(text: string): boolean {
  const length = text.length;
  if (length === 0 || length > 30) return false;
  let digit = false;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) digit = true;
    else if (!isCodeLetterOrMark(code)) return false;
  }
  return digit;
}

/** An ASCII letter, `-`, `_`, `.` or `/`. */
function isCodeLetterOrMark(code: number): boolean {
  const letter = code | 0x20;
  return (
    (letter >= 97 && letter <= 122) || code === 45 || code === 95 || code === 46 || code === 47
  );
}

const PLAIN_NUMBER = /^[\s\u00a0]*[-+]?\d[\d.,\s\u00a0]*%?[\s\u00a0]*$/;

/** A number in a form column, as the footer rule means it: a number cell, a formula error, or a number typed as text. */
export function holdsNumber(cell: unknown): boolean {
  if (cell === null || typeof cell !== "object") return false;
  const { value, kind } = cell as { value?: unknown; kind?: unknown };
  if (kind === "error") return true;
  if (typeof value === "number") return true;
  return typeof value === "string" && value.length <= 40 && PLAIN_NUMBER.test(value);
}

/** The texts of a row (any column), in column order, numbers left out (a numbering column's `1`). */
export function rowTexts(row: Row, limit = 3): string[] {
  const texts: string[] = [];
  for (let c = 0; c < row.length && texts.length < limit; c++) {
    const text = cellText(row[c]);
    if (text !== null && !PLAIN_NUMBER.test(text)) texts.push(text.trim());
  }
  return texts;
}

// Kept idle so that V8 keeps the layout of a header block (helpers/kept-layouts.ts).
keepLayout(new HeaderBlock([], null, 0));
