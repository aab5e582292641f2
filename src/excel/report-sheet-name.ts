import type { Lang } from "../core";

/** The report sheet's name in each language; a run in either language replaces the other's sheet. */
export const REPORT_SHEET_NAMES: Readonly<Record<Lang, string>> = {
  vi: "Kết quả kiểm tra",
  en: "Check report",
};

/**
 * The first words of the report sheet's A1. A sheet that carries our name but not this title belongs to the
 * user and is never deleted.
 */
export const REPORT_MARKER = "Committee Check";

export function isReportSheetName(name: string): boolean {
  const normalised = name.normalize("NFC").trim().toLowerCase();
  return Object.values(REPORT_SHEET_NAMES).some(
    (reportName) => reportName.normalize("NFC").toLowerCase() === normalised
  );
}

export function isOurReportTitle(a1: unknown): boolean {
  return typeof a1 === "string" && a1.startsWith(REPORT_MARKER);
}
