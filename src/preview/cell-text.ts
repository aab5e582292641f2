import type { CellSnapshot } from "../core";
import type { Lang } from "../core";

/**
 * Roughly what Excel would show in the cell: enough to recognise the figures, not a full number-format engine.
 * Percent formats show the percentage; other numbers use the language's separators.
 */
export function cellText(cell: CellSnapshot | null | undefined, lang: Lang): string {
  if (!cell || cell.kind === "empty" || cell.value === null) return "";
  if (cell.kind === "boolean") return cell.value ? "TRUE" : "FALSE";
  if (cell.kind !== "number" || typeof cell.value !== "number") return String(cell.value);
  const locale = lang === "vi" ? "vi-VN" : "en-US";
  const format = cell.numberFormat ?? "General";
  if (format.includes("%")) {
    const decimals = /\.(0+)/.exec(format)?.[1].length ?? 0;
    return `${new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(cell.value * 100)}%`;
  }
  const fixed = /\.(0+)/.exec(format)?.[1].length;
  // General shows 2023, not 2.023; only a format with a thousands separator groups digits.
  const useGrouping = /[#0],[#0]/.test(format);
  const digits =
    fixed === undefined
      ? { maximumFractionDigits: 10 }
      : { minimumFractionDigits: fixed, maximumFractionDigits: fixed };
  return new Intl.NumberFormat(locale, { ...digits, useGrouping }).format(cell.value);
}
