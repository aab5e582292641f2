import type { CellValue } from "./support/committee-workbook";
import { fullWorkbook, requiredSheetsWorkbook } from "./support/committee-workbook";
import { check, expectNoErrors, expectNoFinding, findingsOf, indicator } from "./support/check";

describe("where the goals come from", () => {
  test("without a goals sheet the default goals apply and the report says so", async () => {
    const report = await check(fullWorkbook().without("goals"));
    expect(report.goalsSource).toBe("default");
    expect(indicator(report, "village-head-rate").goal).toEqual({ operator: ">", value: 90 });
    expect(indicator(report, "admission-attainment").goal).toEqual({ operator: ">=", value: 100 });
    expect(indicator(report, "private-units-attainment").goal).toEqual({
      operator: ">=",
      value: 100,
    });
    expect(indicator(report, "leader-target-attainment", "E2").goal).toEqual({
      operator: ">=",
      value: 100,
    });
    expect(indicator(report, "leader-target-attainment", "E3").goal).toEqual({
      operator: ">=",
      value: 100,
    });
    expect(indicator(report, "village-head-rate-change").status).toBe("no-goal");
    expect(indicator(report, "leader-targets-met").status).toBe("no-goal");
  });

  test("with a goals sheet its goals apply and the report says “workbook”", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("goals").set("C2", 96); // village-head-rate > 96, while 19 of 20 is 95
    const report = await check(workbook);
    expect(report.goalsSource).toBe("workbook");
    expect(indicator(report, "village-head-rate")).toEqual(
      expect.objectContaining({
        goal: { operator: ">", value: 96 },
        status: "shortfall",
        needed: 1,
      })
    );
  });

  test("a goal on an indicator that has no default", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("goals").addRow(["village-head-rate-change", ">=", 15, "committee"]); // +10 points
    const report = await check(workbook);
    expect(indicator(report, "village-head-rate-change")).toEqual(
      expect.objectContaining({ goal: { operator: ">=", value: 15 }, status: "shortfall" })
    );
    expect(findingsOf(report, "goal-shortfall")).toHaveLength(1);
  });
});

describe("exact arithmetic on the counts", () => {
  test("57 of 100 meets >= 57 (0.57 × 100 is 56.99999… in floating point)", async () => {
    const workbook = fullWorkbook().without("summary");
    const admissions = workbook.sheet("admissions").removeColumn("attainment");
    admissions.set("B2", 100).set("C2", 57).set("B3", 0).set("C3", 0).set("B4", 0).set("C4", 0);
    workbook.sheet("goals").set("B3", ">=").set("C3", 57);
    const report = await check(workbook);
    expect(indicator(report, "admission-attainment")).toEqual(
      expect.objectContaining({
        numerator: 57,
        denominator: 100,
        value: 57,
        goal: { operator: ">=", value: 57 },
        status: "met",
        needed: 0,
      })
    );
    expectNoFinding(report, "goal-shortfall");
  });

  /** Two communes with 70 and 60 groups: 130 in all. */
  function heads(membersNow: [number, number]) {
    const workbook = requiredSheetsWorkbook();
    workbook.sheet("village-heads").removeColumn("rate");
    workbook.sheet("village-heads").set("B2", 70).set("C2", 60).set("D2", membersNow[0]);
    workbook.sheet("village-heads").set("B3", 60).set("C3", 50).set("D3", membersNow[1]);
    return workbook;
  }

  test("117 of 130 (exactly 90) does not meet > 90; 1 more is needed", async () => {
    const report = await check(heads([63, 54]));
    expect(indicator(report, "village-head-rate")).toEqual(
      expect.objectContaining({
        numerator: 117,
        denominator: 130,
        value: 90,
        goal: { operator: ">", value: 90 },
        status: "shortfall",
        needed: 1,
      })
    );
    const shortfall = findingsOf(report, "goal-shortfall");
    expect(shortfall).toEqual([
      expect.objectContaining({ code: "goal-shortfall", severity: "shortfall", needed: 1 }),
    ]);
    expectNoErrors(report);
  });

  test("118 of 130 meets > 90", async () => {
    const report = await check(heads([64, 54]));
    expect(indicator(report, "village-head-rate")).toEqual(
      expect.objectContaining({
        numerator: 118,
        denominator: 130,
        value: 90.77,
        status: "met",
        needed: 0,
      })
    );
    expectNoFinding(report, "goal-shortfall");
  });

  test("110 of 130 needs 8 more to pass > 90", async () => {
    const report = await check(heads([58, 52])); // 118 ÷ 130 is the first above 90
    expect(indicator(report, "village-head-rate")).toEqual(
      expect.objectContaining({ numerator: 110, status: "shortfall", needed: 8 })
    );
  });

  test("a goal for each unit: every commune unit is judged, with its own needed", async () => {
    const workbook = fullWorkbook().without("summary");
    // X01: 9 of 12 = 75; X02 30 of 30, so the committee (39 of 42) still meets its own goal.
    workbook
      .sheet("village-heads")
      .removeColumn("rate")
      .set("D2", 9)
      .set("B3", 30)
      .set("C3", 28)
      .set("D3", 30);
    workbook.sheet("goals").addRow(["village-head-rate", ">", 90, "each-unit"]);
    const report = await check(workbook);
    // (9 + 2) ÷ 12 = 91.67 > 90, (9 + 1) ÷ 12 = 83.33 is not.
    expect(indicator(report, "village-head-rate", "X01")).toEqual(
      expect.objectContaining({
        numerator: 9,
        denominator: 12,
        value: 75,
        goal: { operator: ">", value: 90 },
        status: "shortfall",
        needed: 2,
      })
    );
    expect(indicator(report, "village-head-rate", "X02")).toEqual(
      expect.objectContaining({ status: "met", needed: 0 })
    );
    expect(indicator(report, "village-head-rate").status).toBe("met");
    expect(findingsOf(report, "goal-shortfall")).toEqual([
      expect.objectContaining({ severity: "shortfall", needed: 2 }),
    ]);
  });

  test("a goal-shortfall finding has the shortfall severity and names a sheet of the workbook", async () => {
    const workbook = heads([63, 54]);
    const report = await check(workbook);
    const [finding] = findingsOf(report, "goal-shortfall");
    expect(finding.severity).toBe("shortfall");
    expect(workbook.sheets.map((sheet) => sheet.name)).toContain(finding.sheet.normalize("NFC"));
    expect(finding.message.length).toBeGreaterThan(0);
  });
});

describe("operators in the goals sheet", () => {
  // village-head-rate is 19 of 20 = 95 in the full workbook.
  test.each<[CellValue, number, string, "met" | "shortfall"]>([
    [">", 90, ">", "met"],
    [">=", 95, ">=", "met"],
    ["≥", 95, ">=", "met"],
    ["≥", 96, ">=", "shortfall"],
    ["=", 95, "=", "met"],
    ["<=", 95, "<=", "met"],
    ["≤", 95, "<=", "met"],
    ["≤", 94, "<=", "shortfall"],
    ["<", 95, "<", "shortfall"],
    ["<", 96, "<", "met"],
  ])("village-head-rate %s %s is read as %s: %s", async (typed, value, operator, status) => {
    const workbook = fullWorkbook();
    workbook.sheet("goals").set("B2", typed).set("C2", value);
    const report = await check(workbook);
    expectNoFinding(report, "unknown-value");
    expect(indicator(report, "village-head-rate")).toEqual(
      expect.objectContaining({ goal: { operator, value }, status })
    );
  });

  test("≥ with the exact arithmetic: 57 of 100 meets ≥ 57", async () => {
    const workbook = fullWorkbook().without("summary");
    const admissions = workbook.sheet("admissions").removeColumn("attainment");
    admissions.set("B2", 100).set("C2", 57).set("B3", 0).set("C3", 0).set("B4", 0).set("C4", 0);
    workbook.sheet("goals").set("B3", "≥").set("C3", 57);
    const report = await check(workbook);
    expect(indicator(report, "admission-attainment")).toEqual(
      expect.objectContaining({ goal: { operator: ">=", value: 57 }, status: "met" })
    );
  });

  test("goals sheet headers in English and as field ids", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("goals").headers(["Indicator", "Operator", "Value", "Scope"]).set("C2", 96);
    const english = await check(workbook);
    expect(indicator(english, "village-head-rate").goal).toEqual({ operator: ">", value: 96 });
    workbook.sheet("goals").headers(["indicator", "operator", "value", "scope"]);
    const ids = await check(workbook);
    expect(indicator(ids, "village-head-rate").goal).toEqual({ operator: ">", value: 96 });
  });
});
