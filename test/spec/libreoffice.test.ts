/**
 * Spec, "Files": the spec-test workbooks (real-form layouts, faults, subtotals, TCVN3 text, the ward
 * sample) saved by LibreOffice as .xls, .ods and .xlsx give the same report as the original .xlsx.
 * The files are committed (scripts/make-libreoffice-fixtures.ts regenerates them with soffice).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { validateWorkbook, type Report } from "../../src/core";
import { readWorkbook } from "../../src/xlsx";

const FIXTURES = join(__dirname, "..", "fixtures", "libreoffice");
const NAMES = ["real-forms", "real-forms-faults", "subtotals", "tcvn3-units", "ward-sample"];
const FORMATS = ["xls", "ods", "xlsx"];

async function reportOf(file: string): Promise<Report> {
  const snapshot = await readWorkbook(readFileSync(join(FIXTURES, file)));
  return validateWorkbook(snapshot, { workbook: "fixture", lang: "en" });
}

/** What a user sees: each finding (code, severity, sheet, cell, field, message) and each indicator. */
function seen(report: Report) {
  return {
    ready: report.ready,
    counts: report.counts,
    findings: report.findings.map((finding) => ({
      ...finding,
      sheet: finding.sheet.normalize("NFC"),
    })),
    indicators: report.indicators,
  };
}

describe.each(NAMES)("%s", (name) => {
  let original: Report;
  beforeAll(async () => {
    original = await reportOf(`${name}.xlsx`);
  });

  test("the original is what the fixture is about", () => {
    if (name === "real-forms" || name === "ward-sample") expect(original.findings).toEqual([]);
    if (name === "real-forms-faults") expect(original.counts.error).toBe(3);
    if (name === "subtotals")
      expect(original.findings.map((finding) => [finding.code, finding.cell])).toEqual([
        ["total-mismatch", "D5"],
      ]);
    if (name === "tcvn3-units")
      expect(original.findings.map((finding) => finding.code)).toEqual(["legacy-encoding"]);
  });

  test.each(FORMATS)("saved by LibreOffice as .%s: the same report", async (format) => {
    expect(seen(await reportOf(`${name}.libreoffice.${format}`))).toEqual(seen(original));
  });
});
