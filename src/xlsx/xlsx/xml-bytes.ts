/** What the byte XML reader knows of single bytes: which start or continue a name, which text may hold as they are. */
const LT = 0x3c;
const GT = 0x3e;
const AMP = 0x26;
const COLON = 0x3a;
const MINUS = 0x2d;

/** Bytes of a name: 1 may start one, 2 may continue one. Bytes of multi-byte UTF-8 characters are taken as both. */
export const NAME_START = 1;
export const NAME_CHAR = 2;
export const NAME_TABLE = new Uint8Array(256);
for (let b = 0; b < 256; b++) {
  const letter = (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
  if (letter || b === 0x5f || b === COLON || b >= 0x80) NAME_TABLE[b] = NAME_START | NAME_CHAR;
  else if ((b >= 0x30 && b <= 0x39) || b === MINUS || b === 0x2e) NAME_TABLE[b] = NAME_CHAR;
}

/*
 * Text the byte reader need not look at twice: bytes that are neither markup (`<`, `&`, `>`, which may close `]]>`)
 * nor a control character XML refuses or a carriage return it turns into a line feed, nor 0xEF (which starts
 * U+FFFE and U+FFFF, not XML characters). Runs of them are skipped with one table look-up a byte.
 */

/** 1 for a byte that text may hold as it is. */
export const PLAIN_TEXT_BYTE = new Uint8Array(256);
for (let b = 0x20; b < 256; b++)
  PLAIN_TEXT_BYTE[b] = b === LT || b === GT || b === AMP || b === 0xef ? 0 : 1;
PLAIN_TEXT_BYTE[0x09] = 1;
PLAIN_TEXT_BYTE[0x0a] = 1;

/** Where the run of plain text bytes from `i` ends: the first other byte, or `len`. */
export function plainTextEnd(buf: Uint8Array, i: number, len: number): number {
  while (i < len && PLAIN_TEXT_BYTE[buf[i]] === 1) i++;
  return i;
}
