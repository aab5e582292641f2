import { fullWorkbook } from "./support/committee-workbook";
import { check, expectFinding, expectNoErrors, expectNoFinding, findingsOf } from "./support/check";

const UNITS = "Tổ chức cơ sở đảng";
const HEADS = "Trưởng thôn, tổ dân phố";
const TITLES = [
  "ĐẢNG BỘ HUYỆN TAM DƯƠNG",
  "BAN TỔ CHỨC HUYỆN ỦY",
  "BÁO CÁO TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2023",
  "(Kèm theo Báo cáo số 125-BC/HU)",
];

describe("the header row under title rows", () => {
  test("four merged title rows above the header: no finding, the table is read", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("units").insertTitleRows(TITLES, { merge: true });
    workbook.sheet("village-heads").insertTitleRows(TITLES, { merge: true });
    const report = await check(workbook);
    expect(report.findings).toEqual([]);
  });

  test("a fault under four title rows is reported at its real cell", async () => {
    const workbook = fullWorkbook().without("summary");
    workbook.sheet("units").insertTitleRows(TITLES, { merge: true }).set("D7", -3); // X02, was D3
    workbook
      .sheet("village-heads")
      .insertTitleRows(TITLES, { merge: true })
      .set("D6", 14)
      .set("E6", 116.67); // X01, was D2
    const report = await check(workbook);
    expectFinding(report, {
      code: "negative",
      severity: "error",
      sheet: UNITS,
      cell: "D7",
      field: "members",
    });
    expectFinding(report, {
      code: "out-of-range",
      severity: "error",
      sheet: HEADS,
      cell: "D6",
      field: "members_now",
      expected: "<= 12",
      actual: 14,
    });
    expectNoFinding(report, "required-cell");
    expectNoFinding(report, "missing-column");
  });

  test("a title row holding only some of the headers is not the header row", async () => {
    const workbook = fullWorkbook().without("summary");
    // Rows 1–2 name two of the columns (as a form's caption might); the full header is row 3.
    workbook
      .sheet("units")
      .insertTitleRows(["Mã", "Số đảng viên"])
      .set("B2", "Số đảng viên")
      .set("D5", -3);
    const report = await check(workbook);
    expectNoFinding(report, "missing-column");
    expectFinding(report, {
      code: "negative",
      severity: "error",
      sheet: UNITS,
      cell: "D5",
      field: "members",
    });
    expectNoFinding(report, "required-cell");
  });
});

describe("data rows", () => {
  test("a blank row inside the data is skipped; the rows after it are still read", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("units").insertBlankRow(4); // between X02 and CQ1
    workbook.sheet("admissions").insertBlankRow(3);
    const report = await check(workbook);
    expect(report.findings).toEqual([]);
  });

  test("a fault after a blank row is reported at its real row number", async () => {
    const workbook = fullWorkbook().without("summary");
    workbook.sheet("units").insertBlankRow(4).set("D6", -1).set("B5", null); // CB1 moved from row 5 to 6, CQ1 to 5
    const report = await check(workbook);
    expectFinding(report, {
      code: "negative",
      severity: "error",
      sheet: UNITS,
      cell: "D6",
      field: "members",
    });
    expectFinding(report, {
      code: "required-cell",
      severity: "error",
      sheet: UNITS,
      cell: "B5",
      field: "name",
    });
    expect(findingsOf(report, "required-cell")).toHaveLength(1);
  });

  test("several blank rows, and blank rows at the end, are skipped", async () => {
    const workbook = fullWorkbook();
    // Rows 9 and 10 hold only formats, as a sheet prepared for more communes does.
    workbook
      .sheet("village-heads")
      .insertBlankRow(3)
      .insertBlankRow(3)
      .set("A9", null, "@")
      .set("E10", null, "0.00%");
    const report = await check(workbook);
    expect(report.findings).toEqual([]);
  });
});

describe("a totals row", () => {
  test.each(["Tổng cộng", "Tổng", "Cộng", "Total"])(
    '"%s" with the right sums is not data and raises nothing',
    async (label) => {
      const workbook = fullWorkbook();
      workbook.sheet("units").addRow([label, null, null, 375]);
      workbook.sheet("admissions").addRow([label, 22, 23, 104.55]);
      workbook.sheet("village-heads").addRow([label, 20, 17, 19, 95]);
      const report = await check(workbook);
      expect(report.findings).toEqual([]);
    }
  );

  test("a count in the totals row that is not the sum of its column: total-mismatch at that cell", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("units").addRow(["Tổng cộng", null, null, 400]);
    const report = await check(workbook);
    expectFinding(report, {
      code: "total-mismatch",
      severity: "error",
      sheet: UNITS,
      cell: "D6",
      field: "members",
    });
    expect(findingsOf(report, "total-mismatch")).toHaveLength(1);
    expect(report.ready).toBe(false);
  });

  test("a rate in the totals row is checked against the rate of the sums, not the sum of the rates", async () => {
    const right = fullWorkbook();
    right.sheet("village-heads").addRow(["Tổng cộng", 20, 17, 19, 95]); // 19 ÷ 20, although 91.67 + 100 would be 191.67
    expectNoErrors(await check(right));

    const wrong = fullWorkbook();
    wrong.sheet("village-heads").addRow(["Tổng cộng", 20, 17, 19, 93]);
    const report = await check(wrong);
    expectFinding(report, {
      code: "total-mismatch",
      severity: "error",
      sheet: HEADS,
      cell: "E4",
      field: "rate",
    });
  });

  test("a wrong count of groups in the village-heads totals row", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("village-heads").addRow(["Tổng cộng", 21, 17, 19, 95]);
    const report = await check(workbook);
    expectFinding(report, {
      code: "total-mismatch",
      severity: "error",
      sheet: HEADS,
      cell: "B4",
      field: "groups",
    });
  });

  test("the totals label may be the first text cell even when the code cell is empty", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("units").addRow([null, "Tổng cộng", null, 375]);
    const report = await check(workbook);
    expect(report.findings).toEqual([]);
  });

  test("the totals row is not counted as a unit (summary count of units still 4)", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("units").addRow(["Cộng", null, null, 375]);
    const report = await check(workbook);
    expectNoFinding(report, "total-mismatch");
    expectNoFinding(report, "unknown-value");
    expectNoFinding(report, "missing-unit");
  });
});
