import { fullWorkbook, requiredSheetsWorkbook } from "./support/committee-workbook";
import { check, expectNoFinding, findingsOf, indicator, indicatorsOf } from "./support/check";

describe("admission-attainment", () => {
  test("committee: Σ admitted ÷ Σ target × 100, rounded to two decimals", async () => {
    const report = await check(fullWorkbook());
    expect(indicator(report, "admission-attainment")).toEqual({
      id: "admission-attainment",
      scope: "committee",
      numerator: 23,
      denominator: 22,
      value: 104.55,
      goal: { operator: ">=", value: 100 },
      status: "met",
      needed: 0,
    });
  });

  test("each unit with a target above 0, without a goal of its own", async () => {
    const report = await check(fullWorkbook());
    const perUnit = indicatorsOf(report, "admission-attainment").filter(
      (result) => result.scope !== "committee"
    );
    expect(perUnit.map((result) => result.scope).sort()).toEqual(["CQ1", "X01", "X02"]); // CB1 has target 0
    expect(indicator(report, "admission-attainment", "X02")).toEqual(
      expect.objectContaining({
        numerator: 9,
        denominator: 8,
        value: 112.5,
        goal: null,
        status: "no-goal",
      })
    );
  });

  test("every target 0: n/a with value null, and no shortfall", async () => {
    const workbook = requiredSheetsWorkbook();
    const admissions = workbook.sheet("admissions").removeColumn("attainment");
    for (let row = 2; row <= 5; row++) admissions.set(`B${row}`, 0).set(`C${row}`, 0);
    const report = await check(workbook);
    expect(indicator(report, "admission-attainment")).toEqual(
      expect.objectContaining({ numerator: 0, denominator: 0, value: null, status: "n/a" })
    );
    expectNoFinding(report, "goal-shortfall");
  });

  test("185 admitted against 200: a shortfall needing 15 more", async () => {
    const workbook = requiredSheetsWorkbook();
    workbook
      .sheet("admissions")
      .removeColumn("attainment")
      .set("B2", 120)
      .set("C2", 110)
      .set("B3", 80)
      .set("C3", 75);
    workbook.sheet("admissions").set("B4", 0).set("C4", 0); // Σ 200 / 185
    const report = await check(workbook);
    expect(indicator(report, "admission-attainment")).toEqual(
      expect.objectContaining({
        numerator: 185,
        denominator: 200,
        value: 92.5,
        goal: { operator: ">=", value: 100 },
        status: "shortfall",
        needed: 15,
      })
    );
    const shortfall = findingsOf(report, "goal-shortfall");
    expect(shortfall).toEqual([expect.objectContaining({ severity: "shortfall", needed: 15 })]);
  });
});

describe("village-head-rate", () => {
  test("committee: Σ members_now ÷ Σ groups × 100", async () => {
    const report = await check(fullWorkbook());
    expect(indicator(report, "village-head-rate")).toEqual({
      id: "village-head-rate",
      scope: "committee",
      numerator: 19,
      denominator: 20,
      value: 95,
      goal: { operator: ">", value: 90 },
      status: "met",
      needed: 0,
    });
  });

  test("each commune unit, and only commune units", async () => {
    const report = await check(fullWorkbook());
    const perUnit = indicatorsOf(report, "village-head-rate").filter(
      (result) => result.scope !== "committee"
    );
    expect(perUnit.map((result) => result.scope).sort()).toEqual(["X01", "X02"]);
    expect(indicator(report, "village-head-rate", "X01")).toEqual(
      expect.objectContaining({
        numerator: 11,
        denominator: 12,
        value: 91.67,
        goal: null,
        status: "no-goal",
      })
    );
  });

  test("the spec’s example: 121 of 130 is 93.08, over 90 met", async () => {
    const workbook = requiredSheetsWorkbook();
    workbook
      .sheet("village-heads")
      .removeColumn("rate")
      .set("B2", 70)
      .set("C2", 60)
      .set("D2", 65)
      .set("B3", 60)
      .set("C3", 50)
      .set("D3", 56);
    const report = await check(workbook);
    expect(indicator(report, "village-head-rate")).toEqual(
      expect.objectContaining({
        numerator: 121,
        denominator: 130,
        value: 93.08,
        goal: { operator: ">", value: 90 },
        status: "met",
        needed: 0,
      })
    );
  });
});

describe("village-head-rate-change", () => {
  test("committee and each commune unit, in percentage points, rounded to two decimals", async () => {
    const report = await check(fullWorkbook());
    expect(indicator(report, "village-head-rate-change").value).toBe(10); // 85 → 95
    expect(indicator(report, "village-head-rate-change", "X01").value).toBe(8.33); // 83.33 → 91.67
    expect(indicator(report, "village-head-rate-change", "X02").value).toBe(12.5); // 87.5 → 100
    const scopes = indicatorsOf(report, "village-head-rate-change")
      .map((result) => result.scope)
      .sort();
    expect(scopes).toEqual(["X01", "X02", "committee"]);
  });

  test("the spec’s example: 110 → 121 of 130 is +8.46 points", async () => {
    const workbook = requiredSheetsWorkbook();
    workbook
      .sheet("village-heads")
      .removeColumn("rate")
      .set("B2", 70)
      .set("C2", 60)
      .set("D2", 65)
      .set("B3", 60)
      .set("C3", 50)
      .set("D3", 56);
    const report = await check(workbook);
    expect(indicator(report, "village-head-rate-change")).toEqual(
      expect.objectContaining({ value: 8.46, goal: null, status: "no-goal" })
    );
  });

  test("a fall is negative", async () => {
    const workbook = requiredSheetsWorkbook();
    workbook.sheet("village-heads").removeColumn("rate").set("C3", 8).set("D3", 7); // X02 100 → 87.5
    const report = await check(workbook);
    expect(indicator(report, "village-head-rate-change", "X02").value).toBe(-12.5);
  });
});

describe("private-units-attainment", () => {
  test("committee and each unit with a target", async () => {
    const report = await check(fullWorkbook());
    expect(indicator(report, "private-units-attainment")).toEqual({
      id: "private-units-attainment",
      scope: "committee",
      numerator: 2,
      denominator: 2,
      value: 100,
      goal: { operator: ">=", value: 100 },
      status: "met",
      needed: 0,
    });
    const perUnit = indicatorsOf(report, "private-units-attainment").filter(
      (result) => result.scope !== "committee"
    );
    expect(perUnit.map((result) => result.scope).sort()).toEqual(["X01", "X02"]);
  });

  test("one of two founded: 50, a shortfall needing 1", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("private-units").set("C3", 0);
    const report = await check(workbook);
    expect(indicator(report, "private-units-attainment")).toEqual(
      expect.objectContaining({
        numerator: 1,
        denominator: 2,
        value: 50,
        status: "shortfall",
        needed: 1,
      })
    );
    expect(indicator(report, "private-units-attainment", "X02")).toEqual(
      expect.objectContaining({ numerator: 0, denominator: 1, value: 0, status: "no-goal" })
    );
    expect(findingsOf(report, "goal-shortfall")).toEqual([
      expect.objectContaining({ severity: "shortfall", needed: 1 }),
    ]);
  });

  test("a unit whose target is 0 has no indicator of its own; all targets 0 is n/a", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("private-units").set("B2", 0).set("C2", 0).set("B3", 0).set("C3", 0);
    const report = await check(workbook);
    expect(indicator(report, "private-units-attainment")).toEqual(
      expect.objectContaining({ denominator: 0, value: null, status: "n/a" })
    );
    expect(indicatorsOf(report, "private-units-attainment")).toHaveLength(1);
    expectNoFinding(report, "goal-shortfall");
  });
});
