import { fullWorkbook } from "./support/committee-workbook";
import {
  check,
  expectFinding,
  expectNoErrors,
  expectNoFinding,
  findingsOf,
  indicator,
  indicatorsOf,
} from "./support/check";

const LEADERS = "Giao chỉ tiêu người đứng đầu";

describe("not-reported", () => {
  test("a leader target with no result yet: a warning at the result cell", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("leader-targets").set("F3", null);
    const report = await check(workbook);
    expectFinding(report, {
      code: "not-reported",
      severity: "warning",
      sheet: LEADERS,
      cell: "F3",
      field: "actual",
    });
    expectNoErrors(report);
  });

  test("an unreported row does not count in the share of targets met", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("leader-targets").set("F3", null);
    const report = await check(workbook);
    const met = indicator(report, "leader-targets-met");
    expect([met.numerator, met.denominator, met.value]).toEqual([1, 1, 100]);
  });
});

describe("leader-target-attainment (each row, scope = the row’s target cell)", () => {
  test("higher is better: actual ÷ target × 100; lower is better: target ÷ actual × 100", async () => {
    const report = await check(fullWorkbook());
    const first = indicator(report, "leader-target-attainment", "E2"); // 10 of 10, higher
    expect(first).toEqual(
      expect.objectContaining({ value: 100, goal: { operator: ">=", value: 100 }, status: "met" })
    );
    const second = indicator(report, "leader-target-attainment", "E3"); // poor households 3 % target, 2.5 % actual, lower
    expect(second).toEqual(
      expect.objectContaining({ value: 120, goal: { operator: ">=", value: 100 }, status: "met" })
    );
    expect(indicatorsOf(report, "leader-target-attainment")).toHaveLength(2);
  });

  test("lower is better and the result is above target: a shortfall", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("leader-targets").set("F3", 4); // 3 ÷ 4 = 75 %
    const report = await check(workbook);
    const result = indicator(report, "leader-target-attainment", "E3");
    expect(result).toEqual(expect.objectContaining({ value: 75, status: "shortfall" }));
    const shortfalls = findingsOf(report, "goal-shortfall");
    expect(shortfalls).toHaveLength(1);
    expect(shortfalls[0].severity).toBe("shortfall");
    expectNoErrors(report);
  });

  test("higher is better and the result is below target: a shortfall", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("leader-targets").set("F2", 8); // 8 of 10
    const report = await check(workbook);
    expect(indicator(report, "leader-target-attainment", "E2")).toEqual(
      expect.objectContaining({ value: 80, status: "shortfall" })
    );
    expect(findingsOf(report, "goal-shortfall")).toHaveLength(1);
  });

  test("a blank direction is higher", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("leader-targets").set("G3", null); // 2.5 of 3, read as higher-is-better
    const report = await check(workbook);
    expect(indicator(report, "leader-target-attainment", "E3")).toEqual(
      expect.objectContaining({ value: 83.33, status: "shortfall" })
    );
  });

  test("the English id `lower` works like its Vietnamese label", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("leader-targets").set("G3", "lower");
    const report = await check(workbook);
    expect(indicator(report, "leader-target-attainment", "E3")).toEqual(
      expect.objectContaining({ value: 120, status: "met" })
    );
  });

  test("a target of 0 (higher is better) has a zero denominator: n/a, value null", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("leader-targets").set("E2", 0).set("F2", 0);
    const report = await check(workbook);
    expect(indicator(report, "leader-target-attainment", "E2")).toEqual(
      expect.objectContaining({ value: null, status: "n/a", denominator: 0 })
    );
    expectNoFinding(report, "goal-shortfall");
  });

  test("the row scope follows the target cell under title rows", async () => {
    const workbook = fullWorkbook();
    workbook
      .sheet("leader-targets")
      .insertTitleRows(["GIAO CHỈ TIÊU NGƯỜI ĐỨNG ĐẦU NĂM 2023", "Nghị quyết số 05-NQ/HU"], {
        merge: true,
      });
    const report = await check(workbook);
    expect(
      indicatorsOf(report, "leader-target-attainment")
        .map((result) => result.scope)
        .sort()
    ).toEqual(["E4", "E5"]);
  });
});

describe("leader-targets-met (committee)", () => {
  test("the share of reported rows with attainment ≥ 100, no goal by default", async () => {
    const workbook = fullWorkbook();
    workbook
      .sheet("leader-targets")
      .addRow(["Lê Văn Cường", "Bí thư", "CQ1", "Kết nạp đảng viên", 4, 3, null]); // 75 %
    const report = await check(workbook);
    const met = indicator(report, "leader-targets-met");
    expect(met).toEqual(
      expect.objectContaining({
        numerator: 2,
        denominator: 3,
        value: 66.67,
        goal: null,
        status: "no-goal",
      })
    );
  });

  test("with a goal in the goals sheet", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("leader-targets").set("F2", 9); // 90 %: 1 of 2 met
    workbook.sheet("goals").addRow(["leader-targets-met", ">=", 100, "committee"]);
    const report = await check(workbook);
    const met = indicator(report, "leader-targets-met");
    expect(met).toEqual(
      expect.objectContaining({
        numerator: 1,
        denominator: 2,
        value: 50,
        goal: { operator: ">=", value: 100 },
        status: "shortfall",
      })
    );
  });

  test("no reported row: n/a", async () => {
    const workbook = fullWorkbook();
    workbook.sheet("leader-targets").set("F2", null).set("F3", null);
    const report = await check(workbook);
    expect(indicator(report, "leader-targets-met")).toEqual(
      expect.objectContaining({ denominator: 0, value: null, status: "n/a" })
    );
    expect(findingsOf(report, "not-reported")).toHaveLength(2);
  });
});
