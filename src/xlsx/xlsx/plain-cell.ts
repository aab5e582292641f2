/**
 * The byte reader's fast path for a worksheet's plainest cells, the bulk of any big sheet:
 * `<c r="B7" s="1" t="s"><f>ROUND(C7/B7*100,2)</f><v>93.75</v></c>` (each attribute, the `<f>` and the `<v>`
 * optional; `<c .../>` too) read in one go, without the reader's general tag, attribute and text steps.
 *
 * It takes only what it can read whole and without doubt: attributes `r`, `s`, `t` alone, each once, after one
 * space, `="`, values of plain letters and digits; `t` of s, n or b; an `<f>` of plain text (xml-bytes.ts); a
 * `<v>` holding a canonical decimal (`canonicalNumber`); nothing between the tags. Anything else, a cell cut by the
 * end of a chunk included, is left to the general path, which then reads or refuses it as before: this path can
 * only ever accept well-formed XML, and hands the handler what the general path's events would.
 */
import { refInBytes } from "./cell-ref";
import { plainTextEnd } from "./xml-bytes";

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQUALS = 0x3d;
const DQUOTE = 0x22;
const SPACE = 0x20;
const MINUS = 0x2d;
const DOT = 0x2e;

/** A cell read whole: what `<c>` said and what its `<f>` and `<v>` held. One object, reused cell after cell. */
export interface PlainCell {
  /** 0-based, with `column`; -1 without `r` (the cell then follows the one before). */
  row: number;
  column: number;
  /** `s`; -1 without it. */
  style: number;
  type: "s" | "n" | "b" | undefined;
  /** The `<v>`'s value; undefined without a `<v>`. */
  value: number | undefined;
  /** An `<f>` with text came first. */
  formula: boolean;
}

export function newPlainCell(): PlainCell {
  return { row: -1, column: 0, style: -1, type: undefined, value: undefined, formula: false };
}

const POWERS_OF_TEN = Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * The value of a canonical decimal (`-?digits[.digits]`, at most 15 digits, no leading or trailing zero, not -0,
 * not below 1e-6: so that String(value) gives it back), or NaN. With at most 15 digits the digits are an exact
 * integer and 10^k exact, so one division rounds once: the very double Number.parseFloat gives.
 */
export function canonicalNumber(buf: Uint8Array, start: number, end: number): number {
  let i = start;
  const negative = buf[i] === MINUS;
  if (negative) i++;
  const integerStart = i;
  let digits = 0;
  for (; i < end; i++) {
    const digit = buf[i] - 0x30;
    if (digit < 0 || digit > 9) break;
    digits = digits * 10 + digit;
  }
  const integerLength = i - integerStart;
  if (integerLength === 0 || (integerLength > 1 && buf[integerStart] === 0x30)) return Number.NaN;
  let fraction = 0;
  if (i < end && buf[i] === DOT) {
    const fractionStart = ++i;
    for (; i < end; i++) {
      const digit = buf[i] - 0x30;
      if (digit < 0 || digit > 9) break;
      digits = digits * 10 + digit;
    }
    fraction = i - fractionStart;
    if (fraction === 0 || buf[i - 1] === 0x30) return Number.NaN;
  }
  if (i !== end || integerLength + fraction > 15) return Number.NaN;
  if (digits === 0) return negative ? Number.NaN : 0;
  const value = fraction === 0 ? digits : digits / POWERS_OF_TEN[fraction];
  if (value < 1e-6) return Number.NaN;
  return negative ? -value : value;
}

/** Whether `buf` holds `<name>` (open) or `</name>` (close) of a one-letter element at `i`. */
function tagAt(buf: Uint8Array, i: number, letter: number, close: boolean): boolean {
  if (close)
    return buf[i] === LT && buf[i + 1] === SLASH && buf[i + 2] === letter && buf[i + 3] === GT;
  return buf[i] === LT && buf[i + 1] === letter && buf[i + 2] === GT;
}

/**
 * Reads the cell whose `<c` is at `pos` into `cell`: the position after its end, or -1 when it is not one this
 * path takes (nothing is consumed then).
 */
export function readPlainCell(
  buf: Uint8Array,
  pos: number,
  limits: { maxRow: number; maxColumn: number },
  cell: PlainCell
): number {
  const len = buf.length;
  let i = pos + 2;
  let seen = 0;
  cell.row = -1;
  cell.style = -1;
  cell.type = undefined;
  cell.value = undefined;
  cell.formula = false;
  for (;;) {
    if (i + 1 >= len) return -1;
    const b = buf[i];
    if (b === GT) {
      i++;
      break;
    }
    if (b === SLASH) return buf[i + 1] === GT ? i + 2 : -1;
    // ` r="`: one space, a one-letter name, `="`.
    if (b !== SPACE || i + 4 >= len || buf[i + 2] !== EQUALS || buf[i + 3] !== DQUOTE) return -1;
    const name = buf[i + 1];
    const start = i + 4;
    let end = start;
    if (name === 0x72 && !(seen & 1)) {
      // r: letters, digits and `$`, read as an A1 reference within the limits.
      while (end < len && buf[end] !== DQUOTE && end - start < 16) end++;
      if (end >= len || buf[end] !== DQUOTE) return -1;
      const row = refInBytes(buf, start, end, limits, cell);
      if (row < 0) return -1;
      cell.row = row;
      seen |= 1;
    } else if (name === 0x73 && !(seen & 2)) {
      // s: 1 to 15 digits.
      let style = 0;
      for (; end < len && end - start <= 15; end++) {
        const digit = buf[end] - 0x30;
        if (digit < 0 || digit > 9) break;
        style = style * 10 + digit;
      }
      if (end === start || end - start > 15 || end >= len || buf[end] !== DQUOTE) return -1;
      cell.style = style;
      seen |= 2;
    } else if (name === 0x74 && !(seen & 4)) {
      // t: s, n or b (the types whose `<v>` the handler takes as a number).
      const type = buf[start];
      end = start + 1;
      if (end >= len || buf[end] !== DQUOTE) return -1;
      if (type === 0x73) cell.type = "s";
      else if (type === 0x6e) cell.type = "n";
      else if (type === 0x62) cell.type = "b";
      else return -1;
      seen |= 4;
    } else {
      return -1;
    }
    i = end + 1;
  }
  if (i + 3 < len && tagAt(buf, i, 0x66, false)) {
    // <f>: its text only tells that the cell has a formula.
    const j = plainTextEnd(buf, i + 3, len);
    if (j === i + 3 || j + 3 >= len || !tagAt(buf, j, 0x66, true)) return -1;
    cell.formula = true;
    i = j + 4;
  }
  if (i + 2 < len && tagAt(buf, i, 0x76, false)) {
    let j = i + 3;
    while (j < len && ((buf[j] >= 0x30 && buf[j] <= 0x39) || buf[j] === DOT || buf[j] === MINUS))
      j++;
    if (j + 3 >= len || !tagAt(buf, j, 0x76, true)) return -1;
    const value = canonicalNumber(buf, i + 3, j);
    if (value !== value) return -1;
    cell.value = value;
    i = j + 4;
  }
  return i + 3 < len && tagAt(buf, i, 0x63, true) ? i + 4 : -1;
}
