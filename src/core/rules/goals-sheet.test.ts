import { withRows } from "../../../test/support/build-snapshot";
import { check, indicator, where } from "../../../test/support/report-helpers";

const GOALS = "Mục tiêu";

describe("the goals sheet", () => {
  it("is used instead of the defaults when it has a usable goal, and accepts >= and ≥", () => {
    const report = check(
      withRows((rows) => {
        rows.goals.push(
          ["village-head-rate", "≥", 95, "committee"],
          ["Tỷ lệ đạt chỉ tiêu kết nạp đảng viên", ">=", 110, "Toàn đảng bộ"]
        );
      })
    );
    expect(report.goalsSource).toBe("workbook");
    expect(indicator(report, "village-head-rate")).toEqual(
      expect.objectContaining({
        goal: { operator: ">=", value: 95 },
        status: "shortfall",
        needed: 1,
      })
    );
    expect(indicator(report, "admission-attainment")).toEqual(
      expect.objectContaining({
        goal: { operator: ">=", value: 110 },
        status: "shortfall",
        needed: 3,
      })
    );
    // The workbook's goals replace the defaults: no goal for private units now.
    expect(indicator(report, "private-units-attainment")?.status).toBe("no-goal");
  });

  it("falls back to the defaults when no row is usable, and says so", () => {
    const report = check(
      withRows((rows) => rows.goals.push(["village-head-rate", "about", 95, "committee"]))
    );
    expect(report.goalsSource).toBe("default");
    expect(where(report)).toEqual([["unknown-value", GOALS, "B2"]]);
    expect(indicator(report, "village-head-rate")?.goal).toEqual({ operator: ">", value: 90 });
  });

  it("raises unknown-value for an unknown indicator or scope, and not-a-number for a value", () => {
    const report = check(
      withRows((rows) => {
        rows.goals.push(
          ["members-rate", ">", 5, "committee"],
          ["village-head-rate", ">", "chín mươi", "committee"],
          ["village-head-rate", ">", 90, "district"]
        );
      })
    );
    expect(where(report)).toEqual([
      ["unknown-value", GOALS, "A2"],
      ["not-a-number", GOALS, "C3"],
      ["unknown-value", GOALS, "D4"],
    ]);
    expect(report.findings[0].message).toContain(
      "admission-attainment; village-head-rate; village-head-rate-change"
    );
  });

  it("raises unknown-value for a scope the indicator does not have", () => {
    const report = check(
      withRows((rows) => rows.goals.push(["leader-targets-met", ">=", 80, "each-unit"]))
    );
    expect(where(report)).toEqual([["unknown-value", GOALS, "D2"]]);
    expect(report.findings[0].message).toContain("Toàn đảng bộ");
  });

  it("raises duplicate-key for a second goal on the same indicator and scope, and uses the first", () => {
    const report = check(
      withRows((rows) =>
        rows.goals.push(
          ["village-head-rate", ">", 90, "committee"],
          ["VILLAGE-HEAD-RATE", ">", 99, "Committee"]
        )
      )
    );
    expect(where(report)).toEqual([["duplicate-key", GOALS, "A3"]]);
    expect(report.findings[0].message).toContain("A2");
    expect(indicator(report, "village-head-rate")?.goal).toEqual({ operator: ">", value: 90 });
  });

  it("reads a goal value typed as a percentage", () => {
    const report = check(
      withRows((rows) =>
        rows.goals.push([
          "village-head-rate",
          ">",
          { kind: "number", value: 0.9, numberFormat: "0%" },
          "committee",
        ])
      )
    );
    expect(indicator(report, "village-head-rate")?.goal).toEqual({ operator: ">", value: 90 });
  });
});
