/**
 * The byte reader's fast path for a plain shared string, the bulk of any big shared-strings part:
 * `<si><t>Đảng bộ xã</t></si>` (or `<t xml:space="preserve">`) read in one go, its text as it is in the bytes.
 *
 * Only exactly these tags, and text of plain bytes (xml-bytes.ts: no entity, no carriage return, no `>`); anything
 * else, a string cut by the end of a chunk included, is left to the general path, which then reads or refuses it as
 * before.
 */
import { plainTextEnd } from "./xml-bytes";

const encoder = new TextEncoder();
const OPEN = encoder.encode("<si><t>");
const OPEN_PRESERVE = encoder.encode('<si><t xml:space="preserve">');
const CLOSE = encoder.encode("</t></si>");

function bytesAt(buf: Uint8Array, i: number, bytes: Uint8Array): boolean {
  if (i + bytes.length > buf.length) return false;
  for (let j = 0; j < bytes.length; j++) if (buf[i + j] !== bytes[j]) return false;
  return true;
}

/** Where the text of a plain string read by readPlainString is in the bytes; one object, reused. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * Reads the string whose `<si` is at `pos`: the position after its `</si>`, with its text's range in `text`; or -1
 * when it is not one this path takes (nothing is consumed then).
 */
export function readPlainString(buf: Uint8Array, pos: number, text: TextRange): number {
  let start: number;
  if (bytesAt(buf, pos, OPEN)) start = pos + OPEN.length;
  else if (bytesAt(buf, pos, OPEN_PRESERVE)) start = pos + OPEN_PRESERVE.length;
  else return -1;
  const end = plainTextEnd(buf, start, buf.length);
  if (!bytesAt(buf, end, CLOSE)) return -1;
  text.start = start;
  text.end = end;
  return end + CLOSE.length;
}
