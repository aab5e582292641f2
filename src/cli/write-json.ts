/**
 * The report as JSON, in pieces: the same bytes as `JSON.stringify(report, null, 2)` (apart from C1 and bidi
 * characters, written as `\u` escapes), but the findings and indicators are written one at a time, so a million
 * findings never have to fit in one string (V8 caps a string near 512 MB).
 */
import { escapeJsonControls } from "./escape";

const STREAMED_ARRAYS = new Set(["findings", "indicators"]);

function indentAfterFirstLine(json: string, indent: string): string {
  return json.replace(/\n/g, `\n${indent}`);
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
    if (STREAMED_ARRAYS.has(key) && Array.isArray(value) && value.length > 0) {
      yield `${name}[\n`;
      for (let i = 0; i < value.length; i++) {
        const item = value[i] as unknown;
        // As JSON.stringify does inside an array: undefined and functions become null.
        const json =
          item === undefined || typeof item === "function" || typeof item === "symbol"
            ? "null"
            : JSON.stringify(item, null, 2);
        yield `    ${escapeJsonControls(indentAfterFirstLine(json, "    "))}${i < value.length - 1 ? "," : ""}\n`;
      }
      yield `  ]${comma}\n`;
    } else {
      yield `${name}${escapeJsonControls(indentAfterFirstLine(JSON.stringify(value, null, 2), "  "))}${comma}\n`;
    }
  }
  yield "}";
}
