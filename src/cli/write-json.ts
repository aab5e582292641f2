/**
 * The report as JSON, in pieces: the same bytes as `JSON.stringify(report, null, 2)` (apart from C1 and bidi
 * characters, written as `\u` escapes), but the findings and indicators are written a slice at a time, so a
 * million findings never have to fit in one string (V8 caps a string near 512 MB) and memory stays bounded.
 *
 * Every piece is cut out of V8's own JSON.stringify of `{ key: value }` (or `{ key: slice }`) with the same
 * indentation: the value then sits exactly where it sits in the whole report, one level in, so its bytes are
 * the whole report's bytes without re-indenting or re-escaping anything in JavaScript.
 */
import { escapeJsonControls } from "./escape";

const STREAMED_ARRAYS = new Set(["findings", "indicators"]);

/** Items of a streamed array stringified at once: pieces of about 15 KB: few calls, and each piece stays a small string (a string over 128 KB is a large object, costly to allocate and flatten). */
const SLICE_ITEMS = 64;

/** `JSON.stringify({ [key]: value }, null, 2)` without its `{\n  "key": ` and `\n}`: the value as the report holds it. */
function memberValueJson(key: string, value: unknown): string {
  const json = JSON.stringify({ [key]: value }, null, 2);
  return json.slice(`{\n  ${JSON.stringify(key)}: `.length, json.length - "\n}".length);
}

export function* reportJsonChunks(report: object): Generator<string> {
  const entries = Object.entries(report).filter(
    ([, value]) => value !== undefined && typeof value !== "function" && typeof value !== "symbol"
  );
  if (entries.length === 0) {
    yield "{}";
    return;
  }
  yield "{\n";
  for (let e = 0; e < entries.length; e++) {
    const [key, value] = entries[e];
    const comma = e < entries.length - 1 ? "," : "";
    const name = `  ${JSON.stringify(key)}: `;
    if (STREAMED_ARRAYS.has(key) && Array.isArray(value) && value.length > SLICE_ITEMS) {
      yield `${name}[\n`;
      for (let start = 0; start < value.length; start += SLICE_ITEMS) {
        const end = Math.min(start + SLICE_ITEMS, value.length);
        // `[\n    item,\n    item\n  ]`: the items between the brackets, as indented as in the whole report.
        const slice = memberValueJson(key, value.slice(start, end));
        yield `${escapeJsonControls(slice.slice("[\n".length, slice.length - "\n  ]".length))}${end < value.length ? "," : ""}\n`;
      }
      yield `  ]${comma}\n`;
    } else {
      yield `${name}${escapeJsonControls(memberValueJson(key, value))}${comma}\n`;
    }
  }
  yield "}";
}
