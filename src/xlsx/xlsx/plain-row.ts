/**
 * The byte reader's fast path for a worksheet's row tags, one for each row of a big sheet:
 * `<row r="7" spans="1:4" x14ac:dyDescent="0.25">` read in one go; the sheet reader needs only its `r`.
 *
 * It takes only: at most eight attributes, each after one space, `name="value"`, names of ASCII name characters,
 * none twice; values of printable ASCII without `<`, `&` or `"`; an `r` of 1 to 15 plain digits within the limits;
 * then `>`. Anything else, a tag cut by the end of a chunk included, is left to the general path, which then reads
 * or refuses it as before.
 */
import { NAME_CHAR, NAME_START, NAME_TABLE } from "./xml-bytes";

const GT = 0x3e;
const SPACE = 0x20;
const EQUALS = 0x3d;
const DQUOTE = 0x22;
const MAX_ATTRIBUTES = 8;

/** 1 for a byte an attribute value may hold on this path. */
const VALUE_BYTE = new Uint8Array(256);
for (let b = SPACE; b < 0x7f; b++) VALUE_BYTE[b] = b === 0x3c || b === 0x26 || b === DQUOTE ? 0 : 1;

/** The attribute names read so far, as [start, end] pairs, to see one twice. */
const names = new Int32Array(2 * MAX_ATTRIBUTES);

function seenBefore(buf: Uint8Array, count: number, start: number, end: number): boolean {
  outer: for (let k = 0; k < count; k++) {
    const other = names[2 * k];
    if (names[2 * k + 1] - other !== end - start) continue;
    for (let j = 0; j < end - start; j++) if (buf[other + j] !== buf[start + j]) continue outer;
    return true;
  }
  return false;
}

/** An ASCII name from `i`: where it ends, or -1. */
function nameEnd(buf: Uint8Array, i: number, len: number): number {
  if (i >= len || buf[i] >= 0x80 || !(NAME_TABLE[buf[i]] & NAME_START)) return -1;
  i++;
  while (i < len && buf[i] < 0x80 && NAME_TABLE[buf[i]] & NAME_CHAR) i++;
  return i;
}

/**
 * Reads the row tag whose `<r` is at `pos`: the position after its `>`, with its `r` in `row.number` (-1 without
 * one); or -1 when it is not one this path takes (nothing is consumed then).
 */
export function readPlainRow(
  buf: Uint8Array,
  pos: number,
  limits: { maxRow: number },
  row: { number: number }
): number {
  const len = buf.length;
  if (pos + 4 >= len || buf[pos + 2] !== 0x6f || buf[pos + 3] !== 0x77) return -1;
  let i = pos + 4;
  let count = 0;
  let number = -1;
  for (;;) {
    if (i >= len) return -1;
    if (buf[i] === GT) break;
    if (buf[i] !== SPACE || count === MAX_ATTRIBUTES) return -1;
    const start = i + 1;
    const end = nameEnd(buf, start, len);
    if (end === -1 || end + 1 >= len || buf[end] !== EQUALS || buf[end + 1] !== DQUOTE) return -1;
    if (seenBefore(buf, count, start, end)) return -1;
    names[2 * count] = start;
    names[2 * count + 1] = end;
    count++;
    const valueStart = end + 2;
    i = valueStart;
    while (i < len && VALUE_BYTE[buf[i]] === 1) i++;
    if (i >= len || buf[i] !== DQUOTE) return -1;
    if (end - start === 1 && buf[start] === 0x72) {
      // r: 1 to 15 plain digits, a row within the limits.
      if (i === valueStart || i - valueStart > 15) return -1;
      number = 0;
      for (let j = valueStart; j < i; j++) {
        const digit = buf[j] - 0x30;
        if (digit < 0 || digit > 9) return -1;
        number = number * 10 + digit;
      }
      if (number < 1 || number > limits.maxRow) return -1;
    }
    i++;
  }
  row.number = number;
  return i + 1;
}
