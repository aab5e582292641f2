import { evaluate } from "./indicators";
import { committeeWorkbook, withRows, cleanRows } from "../../../test/support/build-snapshot";
import { check, indicator, only } from "../../../test/support/report-helpers";

describe("evaluate", () => {
  const count = (numerator: number, denominator: number) => ({
    numerator,
    denominator,
    countBased: true,
    capped: true,
  });

  it("meets > 90 with 118 of 130 and misses it with 117 (needing 1)", () => {
    expect(
      evaluate("village-head-rate", "committee", count(118, 130), { operator: ">", value: 90 })
    ).toEqual({
      id: "village-head-rate",
      scope: "committee",
      numerator: 118,
      denominator: 130,
      value: 90.77,
      goal: { operator: ">", value: 90 },
      status: "met",
      needed: 0,
    });
    expect(
      evaluate("village-head-rate", "committee", count(117, 130), { operator: ">", value: 90 })
    ).toEqual(expect.objectContaining({ value: 90, status: "shortfall", needed: 1 }));
  });

  it("meets >= 57 with 57 of 100", () => {
    expect(
      evaluate(
        "admission-attainment",
        "committee",
        { numerator: 57, denominator: 100, countBased: true },
        { operator: ">=", value: 57 }
      )
    ).toEqual(expect.objectContaining({ value: 57, status: "met", needed: 0 }));
  });

  it("is n/a with a zero denominator and no-goal without a goal", () => {
    expect(
      evaluate("admission-attainment", "committee", count(0, 0), { operator: ">=", value: 100 })
    ).toEqual(expect.objectContaining({ value: null, status: "n/a", needed: null }));
    expect(evaluate("admission-attainment", "X01", count(3, 4), null)).toEqual(
      expect.objectContaining({ value: 75, status: "no-goal", needed: null })
    );
  });

  it("gives no needed where the numerator cannot grow that far (heads cannot exceed groups)", () => {
    expect(
      evaluate("village-head-rate", "committee", count(9, 10), { operator: ">", value: 100 })
    ).toEqual(expect.objectContaining({ status: "shortfall", needed: null }));
  });

  it("gives no needed for the rate change (points, not items)", () => {
    expect(
      evaluate(
        "village-head-rate-change",
        "committee",
        { numerator: 1, denominator: 100, countBased: false },
        { operator: ">=", value: 5 }
      )
    ).toEqual(expect.objectContaining({ value: 1, status: "shortfall", needed: null }));
  });
});

describe("the indicators of a workbook", () => {
  it("computes every indicator for the committee from the detail sheets", () => {
    const report = check(committeeWorkbook());
    expect(report.goalsSource).toBe("default");
    expect(indicator(report, "admission-attainment")).toEqual(
      expect.objectContaining({
        numerator: 36,
        denominator: 35,
        value: 102.86,
        goal: { operator: ">=", value: 100 },
        status: "met",
        needed: 0,
      })
    );
    expect(indicator(report, "village-head-rate")).toEqual(
      expect.objectContaining({
        numerator: 34,
        denominator: 36,
        value: 94.44,
        goal: { operator: ">", value: 90 },
        status: "met",
      })
    );
    expect(indicator(report, "village-head-rate-change")).toEqual(
      expect.objectContaining({
        numerator: 5,
        denominator: 36,
        value: 13.89,
        goal: null,
        status: "no-goal",
      })
    );
    expect(indicator(report, "private-units-attainment")).toEqual(
      expect.objectContaining({ numerator: 2, denominator: 2, value: 100, status: "met" })
    );
    expect(indicator(report, "leader-targets-met")).toEqual(
      expect.objectContaining({
        numerator: 3,
        denominator: 3,
        value: 100,
        goal: null,
        status: "no-goal",
      })
    );
  });

  it("lists per-unit attainment only for units with a target", () => {
    const report = check(committeeWorkbook());
    expect(
      report.indicators
        .filter((result) => result.id === "admission-attainment")
        .map((result) => result.scope)
    ).toEqual(["committee", "X01", "X02", "X03", "CQ1", "CB1"]);
  });

  it("raises a committee goal-shortfall (no cell) with how many are needed: 117 of 130 against > 90", () => {
    const rows = cleanRows();
    rows.summary.length = 1;
    rows["village-heads"] = [
      rows["village-heads"][0],
      ["X01", 50, 40, 45, null],
      ["X02", 40, 40, 36, null],
      ["X03", 40, 40, 36, null],
    ];
    const report = check(committeeWorkbook(rows));
    expect(indicator(report, "village-head-rate")).toEqual(
      expect.objectContaining({
        numerator: 117,
        denominator: 130,
        value: 90,
        status: "shortfall",
        needed: 1,
      })
    );
    const [shortfall] = only(report, "goal-shortfall");
    expect(shortfall).toEqual(
      expect.objectContaining({
        severity: "shortfall",
        sheet: "Trưởng thôn, tổ dân phố",
        needed: 1,
        expected: "> 90",
        actual: 90,
      })
    );
    expect(shortfall.cell).toBeUndefined();
    expect(shortfall.message).toBe(
      "Tỷ lệ trưởng thôn, tổ dân phố là đảng viên (toàn đảng bộ) là 90,00 %, chưa đạt mục tiêu > 90 %. Cần thêm 1 trưởng thôn, tổ dân phố là đảng viên để đạt mục tiêu."
    );
    expect(report.ready).toBe(true);
    expect(report.counts).toEqual({ error: 0, warning: 0, shortfall: 1 });
  });

  it("raises a per-unit goal-shortfall on the unit’s row", () => {
    const report = check(
      withRows((rows) => {
        rows.goals.push(["admission-attainment", ">=", 100, "each-unit"]);
        rows.admissions[4] = ["CQ1", 4, 1, 25];
        rows.summary.length = 1;
      })
    );
    expect(indicator(report, "admission-attainment", "X02")).toEqual(
      expect.objectContaining({ goal: { operator: ">=", value: 100 }, status: "met", needed: 0 })
    );
    expect(indicator(report, "admission-attainment", "CQ1")).toEqual(
      expect.objectContaining({ value: 25, status: "shortfall", needed: 3 })
    );
    const shortfalls = only(report, "goal-shortfall");
    expect(shortfalls).toEqual([
      expect.objectContaining({
        sheet: "Kết nạp đảng viên",
        cell: "C5",
        field: "admitted",
        needed: 3,
      }),
    ]);
    expect(shortfalls[0].message).toContain("Đảng bộ Cơ quan Huyện, mã CQ1");
  });

  it("raises a leader-target goal-shortfall on its result cell, in English too", () => {
    const report = check(
      withRows((rows) => (rows["leader-targets"][1][5] = 7)),
      "en"
    );
    const [shortfall] = only(report, "goal-shortfall");
    expect(shortfall).toEqual(
      expect.objectContaining({ sheet: "Giao chỉ tiêu người đứng đầu", cell: "F2", needed: 3 })
    );
    expect(shortfall.message).toBe(
      "Leader target attainment (Nguyễn Văn An: Kết nạp đảng viên mới) is 70.00%, short of the goal ≥ 100%. Result: 3 more would meet it."
    );
    expect(indicator(report, "leader-targets-met")).toEqual(
      expect.objectContaining({ numerator: 2, denominator: 3 })
    );
  });

  it("uses the plain message where no count is needed (lower is better)", () => {
    const report = check(
      withRows((rows) => (rows["leader-targets"][2][5] = 4)),
      "en"
    );
    const [shortfall] = only(report, "goal-shortfall");
    expect(shortfall.needed).toBeUndefined();
    expect(shortfall.message).toContain(
      "is 50.00%, short of the goal ≥ 100%. Review the result and the plan to meet it."
    );
  });
});

describe("evaluate on a value that overflows", () => {
  it("says n/a, not met, when the percentage is not a finite number (a result of 2E+306)", () => {
    const result = evaluate(
      "leader-target-attainment",
      "C5",
      { numerator: 2e306, denominator: 1, countBased: false },
      { operator: ">=", value: 100 }
    );
    expect(result).toMatchObject({ value: null, status: "n/a", needed: null });
    expect(JSON.parse(JSON.stringify(result))).toMatchObject({ numerator: 2e306, status: "n/a" });
  });
});
