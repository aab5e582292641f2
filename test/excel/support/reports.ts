import type { Finding, IndicatorResult, Report } from "../../../src/core";

export function finding(
  sheet: string,
  cell: string | undefined,
  severity: Finding["severity"] = "error",
  code: Finding["code"] = "not-a-number"
): Finding {
  return {
    code,
    severity,
    sheet,
    ...(cell ? { cell } : {}),
    message: `${code} at ${cell ?? sheet}`,
  };
}

export const VILLAGE_HEAD_RATE: IndicatorResult = {
  id: "village-head-rate",
  scope: "committee",
  numerator: 117,
  denominator: 130,
  value: 90,
  goal: { operator: ">", value: 90 },
  status: "shortfall",
  needed: 1,
};

export function reportOf(
  findings: ReadonlyArray<Finding>,
  indicators: ReadonlyArray<IndicatorResult> = [VILLAGE_HEAD_RATE]
): Report {
  const counts = { error: 0, warning: 0, shortfall: 0 };
  for (const f of findings) counts[f.severity]++;
  return {
    workbook: "tam-duong-2023.xlsx",
    ready: counts.error === 0,
    counts,
    goalsSource: "default",
    findings,
    indicators,
  };
}
