import type { Lang } from "../core";

/** The report sheet's name in each language; a run in either language replaces the other's sheet. */
export const REPORT_SHEET_NAMES: Readonly<Record<Lang, string>> = {
  vi: "Kết quả kiểm tra",
  en: "Check report",
};
