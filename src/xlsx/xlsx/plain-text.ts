/**
 * Text the byte reader need not look at twice: bytes that are neither markup (`<`, `&`, `>`, which may close `]]>`)
 * nor a control character XML refuses or a carriage return it turns into a line feed, nor 0xEF (which starts
 * U+FFFE and U+FFFF, not XML characters). Runs of them are skipped with one table look-up a byte.
 */
const LT = 0x3c;
const GT = 0x3e;
const AMP = 0x26;

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
