/**
 * Spec, the unit types since the 2025 reform: commune, ward and special-zone committees (and the
 * former town labels) are `commune`; village and residential-group cells are `village`, with a
 * village-heads row each; the summary's `units_village` and its committee items.
 */
import { fullWorkbook, requiredSheetsWorkbook } from "./support/committee-workbook";
import {
  check,
  expectFinding,
  expectNoErrors,
  expectNoFinding,
  expectSheetFinding,
  findingsOf,
  indicatorsOf,
} from "./support/check";

const HEADS = "Trưởng thôn, tổ dân phố";

/** A ward committee's own workbook: its village cells and one agency cell. */
function wardWorkbook() {
  return requiredSheetsWorkbook()
    .with("units", [
      ["T01", "Chi bộ Tổ dân phố 1", "Chi bộ tổ dân phố", 30],
      ["T02", "Chi bộ Khu phố Đông", "Chi bộ khu phố", 25],
      ["T03", "Chi bộ Ấp Tân Hòa", "Chi bộ ấp", 18],
      ["T04", "Chi bộ Bản Pác Nặm", "Chi bộ bản", 12],
      ["T05", "Chi bộ Buôn Đôn", "Chi bộ buôn", 14],
      ["T06", "Chi bộ Xóm Chùa", "Chi bộ xóm", 16],
      ["T07", "Chi bộ Làng Vòng", "Chi bộ làng", 20],
      ["T08", "Chi bộ Khối phố 3", "Chi bộ khối phố", 22],
      ["T09", "Chi bộ Khu dân cư số 2", "Chi bộ khu dân cư", 19],
      ["T10", "Chi bộ Thôn Hạ", "Chi bộ thôn", 21],
      ["CB1", "Chi bộ Trường THCS", "Chi bộ trực thuộc", 15],
    ])
    .with("admissions", [
      ...["T01", "T02", "T03", "T04", "T05", "T06", "T07", "T08", "T09", "T10"].map((code) => [
        code,
        1,
        1,
        100,
      ]),
      ["CB1", 0, 0, null],
    ])
    .with(
      "village-heads",
      ["T01", "T02", "T03", "T04", "T05", "T06", "T07", "T08", "T09", "T10"].map((code, i) => [
        code,
        1,
        i < 9 ? 1 : 0,
        1,
        100,
      ])
    );
}

describe("commune labels since 2025", () => {
  test.each([
    "Đảng bộ xã",
    "Đảng bộ phường",
    "Đảng bộ đặc khu",
    "Đảng bộ thị trấn",
    "Đảng bộ xã, thị trấn",
    "Đảng bộ xã, phường, đặc khu",
  ])("%s is a commune", async (label) => {
    const workbook = fullWorkbook();
    workbook.sheet("units").set("C2", label);
    const report = await check(workbook);
    expect(report.findings).toEqual([]);
  });
});

describe("village cells", () => {
  test("every regional name is a village; a village-heads row each: no finding", async () => {
    const report = await check(wardWorkbook());
    expectNoErrors(report);
    expectNoFinding(report, "wrong-unit-type");
    // A village whose one head became a member moves by 100 points: not a large change.
    expectNoFinding(report, "large-change");
    expect(
      indicatorsOf(report, "village-head-rate").filter((result) => result.scope !== "committee")
    ).toHaveLength(10);
    expect(
      indicatorsOf(report, "village-head-rate-change").filter(
        (result) => result.scope !== "committee"
      )
    ).toHaveLength(0);
  });

  test("a village without a village-heads row is missing-unit", async () => {
    const workbook = wardWorkbook();
    workbook.sheet("village-heads").removeRow(5); // T04
    const report = await check(workbook);
    expectSheetFinding(report, { code: "missing-unit", sheet: HEADS, actual: "T04" });
  });

  test("a directly subordinate cell on the village-heads sheet is wrong-unit-type", async () => {
    const workbook = wardWorkbook();
    workbook.sheet("village-heads").addRow(["CB1", 1, 0, 0, 0]);
    const report = await check(workbook);
    expectFinding(report, { code: "wrong-unit-type", sheet: HEADS, cell: "A12", actual: "CB1" });
  });

  test("the village type by id or its label", async () => {
    const workbook = wardWorkbook();
    workbook.sheet("units").set("C2", "village").set("C3", "Chi bộ thôn, tổ dân phố");
    expect(findingsOf(await check(workbook), "unknown-value")).toEqual([]);
  });
});

describe("the summary", () => {
  test("units_village and the committee items: recognised, text not compared", async () => {
    const workbook = wardWorkbook().with("summary", [
      ["committee", "Đảng ủy phường Kim Long"],
      ["Mã cấp ủy", "P-KL"],
      ["Năm", "2026"],
      ["units", 11],
      ["units_village", 10],
      ["Số đảng bộ xã, phường, đặc khu", 0],
      ["units_cell", 1],
    ]);
    expect((await check(workbook)).findings).toEqual([]);
    workbook.sheet("summary").set("B6", 9);
    const report = await check(workbook);
    expectFinding(report, {
      code: "total-mismatch",
      sheet: "Tổng hợp",
      cell: "B6",
      expected: 10,
      actual: 9,
    });
    expect(report.findings).toHaveLength(1);
  });

  test("the former label of units_commune still counts", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("summary").set("A3", "Số đảng bộ xã, thị trấn").set("B3", 3);
    expectFinding(await check(workbook), {
      code: "total-mismatch",
      sheet: "Tổng hợp",
      cell: "B3",
      expected: 2,
      actual: 3,
    });
  });
});
