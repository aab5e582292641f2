/**
 * The path a user's file takes: the workbook is written as real .xlsx bytes, read
 * back by the product's reader and checked by the engine.
 */
import { readWorkbook } from "../../../src/xlsx/read-workbook";
import { validateWorkbook } from "../../../src/core";
import type {
  Finding,
  FindingCode,
  IndicatorId,
  IndicatorResult,
  Report,
  ValidateOptions,
} from "../../../src/core";
import type { CommitteeWorkbook } from "./committee-workbook";
import { readWithExceljs } from "../../support/exceljs-reader";
import { readXlsxWithSaxes } from "../../support/saxes-reader/read-xlsx";

export const WORKBOOK_NAME = "tam-duong-2023.xlsx";

export async function check(
  workbook: CommitteeWorkbook,
  options: Partial<ValidateOptions> = {}
): Promise<Report> {
  const bytes = await workbook.toBytes();
  const snapshot = await readWorkbook(bytes);
  // ...and the same snapshot as the saxes path the byte XML reader replaced.
  expect(snapshot).toEqual(readXlsxWithSaxes(bytes));
  const report = validateWorkbook(snapshot, { workbook: WORKBOOK_NAME, ...options });
  // Every spec workbook also proves the streaming reader gives the same report, byte for byte, as the exceljs one it replaced.
  const before = validateWorkbook(await readWithExceljs(bytes), {
    workbook: WORKBOOK_NAME,
    ...options,
  });
  expect(JSON.stringify(report, null, 2)).toBe(JSON.stringify(before, null, 2));
  return report;
}

export function findingsOf(report: Report, code: FindingCode): Finding[] {
  return report.findings.filter((finding) => finding.code === code);
}

export function errorsOf(report: Report): Finding[] {
  return report.findings.filter((finding) => finding.severity === "error");
}

/** Findings on one cell of one sheet (sheet names compared after NFC). */
export function findingsAt(report: Report, sheet: string, cell: string): Finding[] {
  const wanted = sheet.normalize("NFC");
  return report.findings.filter(
    (finding) => finding.cell === cell && finding.sheet.normalize("NFC") === wanted
  );
}

/**
 * The finding a test expects, as the spec describes it. On a miss Jest prints every
 * finding the engine produced, which is what the lead needs to see.
 */
export function expectFinding(
  report: Report,
  expected: Partial<Finding> & { code: FindingCode }
): void {
  const normalised = report.findings.map((finding) => ({
    ...finding,
    sheet: finding.sheet.normalize("NFC"),
  }));
  const wanted =
    expected.sheet === undefined
      ? expected
      : { ...expected, sheet: expected.sheet.normalize("NFC") };
  expect(normalised).toContainEqual(expect.objectContaining(wanted));
}

/** A sheet-level finding: the spec says it has no cell. */
export function expectSheetFinding(
  report: Report,
  expected: Partial<Finding> & { code: FindingCode }
): Finding {
  const candidates = report.findings.filter(
    (finding) =>
      finding.code === expected.code &&
      (expected.sheet === undefined ||
        finding.sheet.normalize("NFC") === expected.sheet.normalize("NFC")) &&
      (expected.field === undefined || finding.field === expected.field)
  );
  expect(candidates).toEqual([expect.objectContaining({ ...expected, sheet: expect.any(String) })]);
  expect(candidates[0].cell).toBeUndefined();
  return candidates[0];
}

export function expectNoFinding(report: Report, code: FindingCode): void {
  expect(findingsOf(report, code)).toEqual([]);
}

export function expectNoErrors(report: Report): void {
  expect(errorsOf(report)).toEqual([]);
  expect(report.ready).toBe(true);
}

export function indicator(report: Report, id: IndicatorId, scope = "committee"): IndicatorResult {
  const found = report.indicators.filter((result) => result.id === id && result.scope === scope);
  expect({ id, scope, found: found.length }).toEqual({ id, scope, found: 1 });
  return found[0];
}

export function indicatorsOf(report: Report, id: IndicatorId): IndicatorResult[] {
  return report.indicators.filter((result) => result.id === id);
}
