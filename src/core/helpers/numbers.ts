import type { Locale } from "../model/report";

/** A number typed as text, read under the workbook's culture. */
export interface ParsedNumber {
  readonly value: number;
  /** The text ended with `%`; value is the percent figure as typed (`93,08 %` → 93.08). */
  readonly percent: boolean;
}

interface Culture {
  readonly group: number;
  readonly decimal: number;
}

const CULTURES: Record<Locale, Culture> = {
  "vi-VN": { group: 46 /* . */, decimal: 44 /* , */ },
  "en-US": { group: 44 /* , */, decimal: 46 /* . */ },
};

function isSpace(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 10 ||
    code === 13 ||
    code === 0xa0 ||
    code === 0x202f ||
    code === 0x2007 ||
    code === 0x200b ||
    code === 0xfeff ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x3000
  );
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Reads `6.300`, `93,08`, `-1.234,5`, `93,08 %` (vi-VN) or `6,300`, `93.08`
 * (en-US). Group separators must separate groups of exactly three digits, so
 * `93,08` under en-US and `1.2.3` are no numbers rather than guesses. Returns
 * null for anything else (letters, exponents, two signs, nothing but a sign).
 */
export function parseNumberText(text: string, locale: Locale): ParsedNumber | null {
  if (typeof text !== "string") return null;
  const culture = CULTURES[locale] ?? CULTURES["vi-VN"];
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (start === end || end - start > 400) return null;

  let percent = false;
  if (text.charCodeAt(end - 1) === 37 /* % */) {
    percent = true;
    end--;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  }

  let negative = false;
  const first = text.charCodeAt(start);
  if (first === 45 /* - */ || first === 0x2212 /* − */ || first === 43 /* + */) {
    negative = first !== 43;
    start++;
  }
  if (start === end) return null;

  let digits = "";
  let i = start;
  let leading = 0;
  while (i < end && isDigit(text.charCodeAt(i))) {
    i++;
    leading++;
  }
  digits = text.slice(start, i);
  if (i < end && text.charCodeAt(i) === culture.group) {
    if (leading < 1 || leading > 3) return null;
    while (i < end && text.charCodeAt(i) === culture.group) {
      const groupStart = i + 1;
      let j = groupStart;
      while (j < end && isDigit(text.charCodeAt(j))) j++;
      if (j - groupStart !== 3) return null;
      digits += text.slice(groupStart, j);
      i = j;
    }
  }
  let fraction = "";
  if (i < end && text.charCodeAt(i) === culture.decimal) {
    const fractionStart = i + 1;
    let j = fractionStart;
    while (j < end && isDigit(text.charCodeAt(j))) j++;
    if (j === fractionStart) return null;
    fraction = text.slice(fractionStart, j);
    i = j;
  }
  if (i !== end || (digits.length === 0 && fraction.length === 0)) return null;
  const value = Number(`${negative ? "-" : ""}${digits || "0"}${fraction ? `.${fraction}` : ""}`);
  if (!Number.isFinite(value)) return null;
  return { value: value === 0 ? 0 : value, percent };
}

/** Excel's own error literals: a text cell holding exactly one of these is a formula error copied as a value. */
export const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  "#DIV/0!",
  "#REF!",
  "#VALUE!",
  "#N/A",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
]);

/** A number format that shows the value as a percentage (`0.00%`), ignoring `%` inside quotes or escaped. */
export function isPercentFormat(format: unknown): boolean {
  if (typeof format !== "string" || format.indexOf("%") < 0) return false;
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === "\\") i++;
    else if (!quoted && ch === "%") return true;
  }
  return false;
}

/** Removes the binary noise of ×100 (0.9308 × 100 = 93.08000000000001 → 93.08). */
export function cleanFloat(value: number): number {
  return Number(value.toPrecision(15));
}
