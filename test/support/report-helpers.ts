/** Test-only views of a report: findings as short tuples, indicators by id and scope. */
import type { Finding, IndicatorResult, Lang, Locale, Report } from "../../src/core";
import type { WorkbookSnapshot } from "../../src/core";
import { validateWorkbook } from "../../src/core";

export function check(
  snapshot: WorkbookSnapshot,
  lang: Lang = "vi",
  locale: Locale = "vi-VN"
): Report {
  return validateWorkbook(snapshot, { workbook: "test.xlsx", lang, locale });
}

/** [code, sheet, cell] of every finding, in report order. */
export function where(report: Report): Array<[string, string, string | undefined]> {
  return report.findings.map((finding) => [finding.code, finding.sheet, finding.cell]);
}

export function only(report: Report, code: Finding["code"]): Finding[] {
  return report.findings.filter((finding) => finding.code === code);
}

export function indicator(
  report: Report,
  id: IndicatorResult["id"],
  scope = "committee"
): IndicatorResult | undefined {
  return report.indicators.find((result) => result.id === id && result.scope === scope);
}
