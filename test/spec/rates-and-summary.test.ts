import type { CellValue } from "./support/committee-workbook";
import { fullWorkbook, requiredSheetsWorkbook } from "./support/committee-workbook";
import { check, expectFinding, expectNoErrors, expectNoFinding, findingsOf } from "./support/check";

const ADMISSIONS = "Kết nạp đảng viên";
const HEADS = "Trưởng thôn, tổ dân phố";
const SUMMARY = "Tổng hợp";

describe("rate-mismatch", () => {
  test("an entered village-head rate that is not members_now ÷ groups × 100", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("village-heads").set("E2", 95); // 11 ÷ 12 is 91.67
    const report = await check(workbook);
    expectFinding(report, {
      code: "rate-mismatch",
      severity: "error",
      sheet: HEADS,
      cell: "E2",
      field: "rate",
    });
  });

  test("an entered attainment that is not admitted ÷ target × 100", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("admissions").set("D3", 110); // 9 ÷ 8 is 112.5
    const report = await check(workbook);
    expectFinding(report, {
      code: "rate-mismatch",
      severity: "error",
      sheet: ADMISSIONS,
      cell: "D3",
      field: "attainment",
    });
  });

  test.each<[CellValue, boolean]>([
    [91.67, false],
    [91.7, false], // 0.033 away
    [91.62, false], // 0.047 away
    [91.72, true], // 0.053 away
    [91.6, true], // 0.067 away
    [91, true],
  ])("tolerance 0.05 around 91.666…: %s entered → mismatch %s", async (entered, mismatch) => {
    const workbook = fullWorkbook();
    workbook.sheet("village-heads").set("E2", entered);
    const report = await check(workbook);
    expect(findingsOf(report, "rate-mismatch").length > 0).toBe(mismatch);
  });

  test("attainment left blank where the target is 0 is fine", async () => {
    const report = await check(fullWorkbook());
    expectNoFinding(report, "rate-mismatch");
    expectNoFinding(report, "required-cell");
  });
});

describe("total-mismatch in the summary sheet", () => {
  test("a summary item that disagrees with the computed figure: an error at its value cell", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("summary").set("B6", 400); // members: 375
    const report = await check(workbook);
    expectFinding(report, {
      code: "total-mismatch",
      severity: "error",
      sheet: SUMMARY,
      cell: "B6",
    });
    expect(findingsOf(report, "total-mismatch")).toHaveLength(1);
    expect(report.ready).toBe(false);
  });

  test.each<[string, number, number]>([
    ["units", 2, 5],
    ["units_commune", 3, 3],
    ["units_agency", 4, 2],
    ["units_cell", 5, 0],
    ["members", 6, 376],
    ["admitted", 7, 22],
    ["admission_target", 8, 23],
    ["village_heads", 9, 21],
    ["village_heads_members", 10, 18],
    ["village-head-rate", 11, 95.1],
  ])("%s disagreeing (row %i, value %s)", async (item, row, wrong) => {
    const workbook = fullWorkbook();
    expect(workbook.sheet("summary").get(`A${row}`)).toBe(item);
    workbook.sheet("summary").set(`B${row}`, wrong);
    const report = await check(workbook);
    expectFinding(report, {
      code: "total-mismatch",
      severity: "error",
      sheet: SUMMARY,
      cell: `B${row}`,
    });
  });

  test("the village-head rate in the summary is accepted within 0.05", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("summary").set("B11", 95.04);
    const report = await check(workbook);
    expectNoFinding(report, "total-mismatch");
  });

  test("an item that names no computed figure is left alone", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("summary").addRow(["Số đảng viên được miễn sinh hoạt", 12]);
    const report = await check(workbook);
    expect(report.findings).toEqual([]);
  });
});

describe("large-change", () => {
  /** X02 large and steady, so only X01's own rate moves far; the committee moves 9 points (82 → 91). */
  function headsWithX01(groups: number, start: number, now: number) {
    const workbook = requiredSheetsWorkbook();
    workbook
      .sheet("village-heads")
      .removeColumn("rate")
      .set("B2", groups)
      .set("C2", start)
      .set("D2", now);
    workbook
      .sheet("village-heads")
      .set("B3", 100 - groups)
      .set("C3", 82 - start)
      .set("D3", 91 - now);
    return workbook;
  }

  test("a unit’s rate up by more than 30 points: a warning on that unit’s row", async () => {
    const report = await check(headsWithX01(12, 2, 11)); // 16.67 → 91.67
    const large = findingsOf(report, "large-change");
    expect(large).toEqual([expect.objectContaining({ severity: "warning", sheet: HEADS })]);
    expect(large[0].cell).toMatch(/^[A-Z]+2$/);
    expectNoErrors(report);
  });

  test("a unit’s rate down by more than 30 points", async () => {
    const report = await check(headsWithX01(12, 10, 6)); // 83.33 → 50
    const large = findingsOf(report, "large-change");
    expect(large).toEqual([expect.objectContaining({ severity: "warning", sheet: HEADS })]);
    expect(large[0].cell).toMatch(/^[A-Z]+2$/);
  });

  test("exactly 30 points is not more than 30", async () => {
    const report = await check(headsWithX01(10, 5, 8)); // 50 → 80
    expectNoFinding(report, "large-change");
  });
});
