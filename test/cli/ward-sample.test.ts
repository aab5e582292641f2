import { readFileSync } from "node:fs";
import { join } from "node:path";
import { validateWorkbook } from "../../src/core";
import { readWorkbook } from "../../src/xlsx";
import { WARD_SAMPLE_FILE, wardSampleBytes } from "../../scripts/make-ward-sample";

const FILE = join(__dirname, "..", "..", "assets", "samples", WARD_SAMPLE_FILE);

describe("the ward sample of 2026 (a real-looking biểu mẫu)", () => {
  test("is exactly what scripts/make-ward-sample.ts builds (run npm run samples after changing it)", async () => {
    expect(Buffer.from(await wardSampleBytes()).equals(readFileSync(FILE))).toBe(true);
  });

  test("reads title block, STT, two-row headers, column numbers, group rows, subtotals and footer as no finding at all", async () => {
    const snapshot = await readWorkbook(readFileSync(FILE));
    const report = validateWorkbook(snapshot, { workbook: WARD_SAMPLE_FILE, lang: "vi" });
    expect(report.findings).toEqual([]);
    const committee = (id: string) =>
      report.indicators.find((indicator) => indicator.id === id && indicator.scope === "committee");
    // Twelve residential groups, eleven heads who are members; every unit's admissions read.
    expect(committee("village-head-rate")).toMatchObject({
      numerator: 11,
      denominator: 12,
      status: "met",
    });
    expect(committee("admission-attainment")).toMatchObject({
      numerator: 19,
      denominator: 19,
      status: "met",
    });
    expect(
      report.indicators.filter(
        (indicator) => indicator.id === "village-head-rate" && indicator.scope !== "committee"
      )
    ).toHaveLength(12);
  });

  test("a subtotal typed wrong is caught at its cell", async () => {
    const snapshot = await readWorkbook(readFileSync(FILE));
    const units = snapshot.sheets[0];
    const rows = units.rows.map((row) => (row ? [...row] : row));
    rows[9] = [...(rows[9] ?? [])];
    rows[9][4] = { value: 440, kind: "number" }; // group I's members (E10)
    const report = validateWorkbook(
      { sheets: [{ ...units, rows }, ...snapshot.sheets.slice(1)] },
      { workbook: WARD_SAMPLE_FILE, lang: "en" }
    );
    expect(report.findings.map((finding) => [finding.code, finding.sheet, finding.cell])).toEqual([
      ["total-mismatch", "Tổ chức cơ sở đảng", "E10"],
    ]);
  });
});
