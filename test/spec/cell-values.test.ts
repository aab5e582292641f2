import { fullWorkbook, requiredSheetsWorkbook } from "./support/committee-workbook";
import {
  check,
  expectFinding,
  expectNoErrors,
  expectNoFinding,
  findingsAt,
  findingsOf,
  indicator,
} from "./support/check";

const UNITS = "Tổ chức cơ sở đảng";
const ADMISSIONS = "Kết nạp đảng viên";
const HEADS = "Trưởng thôn, tổ dân phố";
const LEADERS = "Giao chỉ tiêu người đứng đầu";

describe("required-cell", () => {
  test("an empty name in units", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("units").set("B3", null);
    const report = await check(workbook);
    expectFinding(report, {
      code: "required-cell",
      severity: "error",
      sheet: UNITS,
      cell: "B3",
      field: "name",
    });
  });

  test("an empty code and an empty member count in units", async () => {
    const workbook = fullWorkbook().without("summary");
    workbook.sheet("units").set("A4", null).set("D5", null);
    const report = await check(workbook);
    expectFinding(report, {
      code: "required-cell",
      severity: "error",
      sheet: UNITS,
      cell: "A4",
      field: "code",
    });
    expectFinding(report, {
      code: "required-cell",
      severity: "error",
      sheet: UNITS,
      cell: "D5",
      field: "members",
    });
  });

  test("an empty admissions target", async () => {
    const workbook = fullWorkbook().without("summary");
    workbook.sheet("admissions").set("B3", null).set("D3", null);
    const report = await check(workbook);
    expectFinding(report, {
      code: "required-cell",
      severity: "error",
      sheet: ADMISSIONS,
      cell: "B3",
      field: "target",
    });
  });

  test("an empty leader, indicator and target in leader targets", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("leader-targets").set("A2", null).set("D3", null).set("E3", null);
    const report = await check(workbook);
    expectFinding(report, {
      code: "required-cell",
      severity: "error",
      sheet: LEADERS,
      cell: "A2",
      field: "leader",
    });
    expectFinding(report, {
      code: "required-cell",
      severity: "error",
      sheet: LEADERS,
      cell: "D3",
      field: "indicator",
    });
    expectFinding(report, {
      code: "required-cell",
      severity: "error",
      sheet: LEADERS,
      cell: "E3",
      field: "target",
    });
  });

  test("an empty optional position is not a finding", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("leader-targets").set("B2", null);
    const report = await check(workbook);
    expect(report.findings).toEqual([]);
  });
});

describe("not-a-number", () => {
  test("text that is no number in a count", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("units").set("D3", "khoảng 150");
    const report = await check(workbook);
    expectFinding(report, {
      code: "not-a-number",
      severity: "error",
      sheet: UNITS,
      cell: "D3",
      field: "members",
    });
    expectNoFinding(report, "number-as-text");
  });

  test("text that is no number in a leader target", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("leader-targets").set("E2", "mười");
    const report = await check(workbook);
    expectFinding(report, {
      code: "not-a-number",
      severity: "error",
      sheet: LEADERS,
      cell: "E2",
      field: "target",
    });
  });
});

describe("number-as-text, read with the workbook’s culture", () => {
  test('vi-VN: "6.300" is six thousand three hundred, a warning, and the value is used', async () => {
    const workbook = fullWorkbook();
    workbook.sheet("units").set("D3", "6.300");
    workbook.sheet("summary").set("B6", 6525); // members: 120 + 6,300 + 80 + 25
    const report = await check(workbook, { locale: "vi-VN" });
    expectFinding(report, {
      code: "number-as-text",
      severity: "warning",
      sheet: UNITS,
      cell: "D3",
      field: "members",
    });
    expectNoErrors(report);
  });

  test("vi-VN is the default culture", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("units").set("D3", "6.300");
    workbook.sheet("summary").set("B6", 6525);
    const report = await check(workbook);
    expectFinding(report, {
      code: "number-as-text",
      severity: "warning",
      sheet: UNITS,
      cell: "D3",
      field: "members",
    });
    expectNoErrors(report);
  });

  test('en-US: "6,300" is six thousand three hundred', async () => {
    const workbook = fullWorkbook();
    workbook.sheet("units").set("D3", "6,300");
    workbook.sheet("summary").set("B6", 6525);
    const report = await check(workbook, { locale: "en-US" });
    expectFinding(report, {
      code: "number-as-text",
      severity: "warning",
      sheet: UNITS,
      cell: "D3",
      field: "members",
    });
    expectNoErrors(report);
  });

  test('en-US: "6.300" is 6.3, which is not a whole number', async () => {
    const workbook = fullWorkbook().without("summary");
    workbook.sheet("units").set("D3", "6.300");
    const report = await check(workbook, { locale: "en-US" });
    expectFinding(report, {
      code: "number-as-text",
      severity: "warning",
      sheet: UNITS,
      cell: "D3",
      field: "members",
    });
    expectFinding(report, {
      code: "not-whole",
      severity: "error",
      sheet: UNITS,
      cell: "D3",
      field: "members",
    });
  });

  test('vi-VN: "6,300" is 6.3, which is not a whole number', async () => {
    const workbook = fullWorkbook().without("summary");
    workbook.sheet("units").set("D3", "6,300");
    const report = await check(workbook, { locale: "vi-VN" });
    expectFinding(report, {
      code: "number-as-text",
      severity: "warning",
      sheet: UNITS,
      cell: "D3",
      field: "members",
    });
    expectFinding(report, {
      code: "not-whole",
      severity: "error",
      sheet: UNITS,
      cell: "D3",
      field: "members",
    });
  });

  /** X01 as in the spec's example: 121 of 130 heads are members (93.08 %), 110 at the start of the year. */
  function headsOf121(rate: string) {
    const workbook = requiredSheetsWorkbook();
    workbook.sheet("village-heads").set("B2", 130).set("C2", 110).set("D2", 121).set("E2", rate);
    return workbook;
  }

  test('vi-VN: "93,08" is 93.08, a warning, and agrees with 121 ÷ 130', async () => {
    const report = await check(headsOf121("93,08"), { locale: "vi-VN" });
    expectFinding(report, {
      code: "number-as-text",
      severity: "warning",
      sheet: HEADS,
      cell: "E2",
      field: "rate",
    });
    expectNoFinding(report, "rate-mismatch");
    expectNoErrors(report);
  });

  test('vi-VN: "93,50" is read as 93.5, which disagrees with 121 ÷ 130', async () => {
    const report = await check(headsOf121("93,50"), { locale: "vi-VN" });
    expectFinding(report, {
      code: "number-as-text",
      severity: "warning",
      sheet: HEADS,
      cell: "E2",
      field: "rate",
    });
    expectFinding(report, {
      code: "rate-mismatch",
      severity: "error",
      sheet: HEADS,
      cell: "E2",
      field: "rate",
    });
  });

  test('en-US: "93.08" is 93.08', async () => {
    const report = await check(headsOf121("93.08"), { locale: "en-US" });
    expectFinding(report, {
      code: "number-as-text",
      severity: "warning",
      sheet: HEADS,
      cell: "E2",
      field: "rate",
    });
    expectNoErrors(report);
  });

  test("counts stored as text are used in the indicators", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("admissions").set("C3", "9").set("B3", "8");
    const report = await check(workbook);
    expectFinding(report, {
      code: "number-as-text",
      severity: "warning",
      sheet: ADMISSIONS,
      cell: "C3",
      field: "admitted",
    });
    expectFinding(report, {
      code: "number-as-text",
      severity: "warning",
      sheet: ADMISSIONS,
      cell: "B3",
      field: "target",
    });
    expectNoErrors(report);
    const attainment = indicator(report, "admission-attainment");
    expect([attainment.numerator, attainment.denominator]).toEqual([23, 22]);
  });
});

describe("not-whole and negative", () => {
  test("a count that is not a whole number", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("units").set("D3", 150.5);
    const report = await check(workbook);
    expectFinding(report, {
      code: "not-whole",
      severity: "error",
      sheet: UNITS,
      cell: "D3",
      field: "members",
    });
  });

  test("admitted members that are not a whole number", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("admissions").set("C2", 9.5).set("D2", 95);
    const report = await check(workbook);
    expectFinding(report, {
      code: "not-whole",
      severity: "error",
      sheet: ADMISSIONS,
      cell: "C2",
      field: "admitted",
    });
  });

  test("a number of groups that is not whole", async () => {
    const workbook = requiredSheetsWorkbook();
    workbook.sheet("village-heads").removeColumn("rate").set("B3", 8.5);
    const report = await check(workbook);
    expectFinding(report, {
      code: "not-whole",
      severity: "error",
      sheet: HEADS,
      cell: "B3",
      field: "groups",
    });
  });

  test("a count below zero", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("units").set("D3", -3);
    const report = await check(workbook);
    expectFinding(report, {
      code: "negative",
      severity: "error",
      sheet: UNITS,
      cell: "D3",
      field: "members",
    });
  });

  test("a negative admissions target", async () => {
    const workbook = fullWorkbook().without("summary");
    workbook.sheet("admissions").set("B4", -4).set("D4", null);
    const report = await check(workbook);
    expectFinding(report, {
      code: "negative",
      severity: "error",
      sheet: ADMISSIONS,
      cell: "B4",
      field: "target",
    });
  });

  test("a negative number of heads who are members", async () => {
    const workbook = requiredSheetsWorkbook();
    workbook.sheet("village-heads").removeColumn("rate").set("C3", -1);
    const report = await check(workbook);
    expectFinding(report, {
      code: "negative",
      severity: "error",
      sheet: HEADS,
      cell: "C3",
      field: "members_start",
    });
  });
});

describe("out-of-range", () => {
  function heads() {
    const workbook = requiredSheetsWorkbook();
    workbook.sheet("village-heads").removeColumn("rate");
    return workbook;
  }

  test('members_now above groups: expected "<= 12", actual 14', async () => {
    const workbook = heads();
    workbook.sheet("village-heads").set("D2", 14);
    const report = await check(workbook);
    expectFinding(report, {
      code: "out-of-range",
      severity: "error",
      sheet: HEADS,
      cell: "D2",
      field: "members_now",
      expected: "<= 12",
      actual: 14,
    });
  });

  test("members_start above groups", async () => {
    const workbook = heads();
    workbook.sheet("village-heads").set("C3", 9);
    const report = await check(workbook);
    expectFinding(report, {
      code: "out-of-range",
      severity: "error",
      sheet: HEADS,
      cell: "C3",
      field: "members_start",
      expected: "<= 8",
      actual: 9,
    });
  });

  test("members_now equal to groups is within range", async () => {
    const workbook = heads();
    workbook.sheet("village-heads").set("D2", 12);
    const report = await check(workbook);
    expectNoFinding(report, "out-of-range");
  });

  test("groups below 1", async () => {
    const workbook = heads();
    workbook.sheet("village-heads").set("B3", 0).set("C3", 0).set("D3", 0);
    const report = await check(workbook);
    expectFinding(report, {
      code: "out-of-range",
      severity: "error",
      sheet: HEADS,
      cell: "B3",
      field: "groups",
    });
  });
});

describe("formula-error and formula results", () => {
  test('a cached #DIV/0! is a formula error at its cell, not "[object Object]"', async () => {
    const workbook = fullWorkbook();
    workbook
      .sheet("village-heads")
      .set("E2", { formula: "D2/B2*100", result: { error: "#DIV/0!" } });
    for (const lang of ["vi", "en"] as const) {
      const report = await check(workbook, { lang });
      expectFinding(report, {
        code: "formula-error",
        severity: "error",
        sheet: HEADS,
        cell: "E2",
        field: "rate",
      });
      expect(JSON.stringify(report)).not.toContain("[object Object]");
      expect(findingsAt(report, HEADS, "E2").map((finding) => finding.code)).toEqual([
        "formula-error",
      ]);
    }
  });

  test.each([
    "#DIV/0!",
    "#REF!",
    "#VALUE!",
    "#N/A",
    "#NAME?",
    "#NUM!",
    "#NULL!",
    "#SPILL!",
    "#CALC!",
  ])("a count showing %s", async (error) => {
    const workbook = fullWorkbook();
    workbook.sheet("units").set("D3", { formula: "SUM(Z1:Z9)", result: { error } } as never);
    const report = await check(workbook);
    expectFinding(report, {
      code: "formula-error",
      severity: "error",
      sheet: UNITS,
      cell: "D3",
      field: "members",
    });
    expect(JSON.stringify(report)).not.toContain("[object Object]");
  });

  test("an error typed as a value (not a formula) is a formula error too", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("admissions").set("C3", { error: "#N/A" } as never);
    const report = await check(workbook);
    expectFinding(report, {
      code: "formula-error",
      severity: "error",
      sheet: ADMISSIONS,
      cell: "C3",
      field: "admitted",
    });
  });

  test("a formula’s cached result is its value", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("units").set("D3", { formula: "100+50", result: 150 });
    workbook.sheet("admissions").set("D3", { formula: "C3/B3*100", result: 112.5 });
    workbook.sheet("village-heads").set("E2", { formula: "D2/B2*100", result: 91.6666666667 });
    const report = await check(workbook);
    expect(report.findings).toEqual([]);
  });

  test("a formula whose cached result disagrees is checked like a typed value", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("admissions").set("D3", { formula: "C3/B3*100", result: 110 });
    const report = await check(workbook);
    expectFinding(report, {
      code: "rate-mismatch",
      severity: "error",
      sheet: ADMISSIONS,
      cell: "D3",
      field: "attainment",
    });
  });
});

describe("percentage-formatted rates", () => {
  function headsOf121(rate: number, numFmt: string) {
    const workbook = requiredSheetsWorkbook();
    workbook
      .sheet("village-heads")
      .set("B2", 130)
      .set("C2", 110)
      .set("D2", 121)
      .set("E2", rate, numFmt);
    return workbook;
  }

  test("0.9308 formatted 0.00% reads as 93.08: no rate-mismatch", async () => {
    const report = await check(headsOf121(0.9308, "0.00%"));
    expect(findingsAt(report, HEADS, "E2")).toEqual([]);
    expectNoErrors(report);
  });

  test("0.95 formatted 0.00% reads as 95, which disagrees with 93.08", async () => {
    const report = await check(headsOf121(0.95, "0.00%"));
    expectFinding(report, {
      code: "rate-mismatch",
      severity: "error",
      sheet: HEADS,
      cell: "E2",
      field: "rate",
    });
  });

  test("a percentage-formatted formula result, and a whole-percent format", async () => {
    const workbook = fullWorkbook();
    workbook
      .sheet("village-heads")
      .set("E2", { formula: "D2/B2", result: 11 / 12 }, "0.00%")
      .set("E3", 1, "0%");
    workbook.sheet("admissions").set("D3", 1.125, "0.0%");
    const report = await check(workbook);
    expect(report.findings).toEqual([]);
  });

  test("93.08 without a percentage format is 93.08, not 9308", async () => {
    const report = await check(headsOf121(93.08, "0.00"));
    expectNoErrors(report);
  });
});

describe("every finding is about one cell that exists", () => {
  test("a workbook with many faults: every finding cell lies inside its sheet’s used area", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("units").set("D3", -3).set("B4", null).set("C5", "ward");
    workbook.sheet("village-heads").set("D2", 14).set("E3", "nhiều");
    const report = await check(workbook);
    expect(
      findingsOf(report, "negative").length + findingsOf(report, "out-of-range").length
    ).toBeGreaterThanOrEqual(2);
    for (const finding of report.findings) {
      if (finding.cell === undefined) continue;
      const sheet = workbook.sheets.find(
        (candidate) => candidate.name.normalize("NFC") === finding.sheet.normalize("NFC")
      );
      expect(sheet).toBeDefined();
      const row = Number(/\d+$/.exec(finding.cell)![0]);
      expect(row).toBeLessThanOrEqual(sheet!.rows.length);
    }
  });
});
