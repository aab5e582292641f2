import { withRows } from "../../../test/support/build-snapshot";
import { check, indicator, where } from "../../../test/support/report-helpers";

const LEADERS = "Giao chỉ tiêu người đứng đầu";

describe("the leader-targets sheet", () => {
  it("warns not-reported on a blank result, naming the leader and the target", () => {
    const report = check(withRows((rows) => (rows["leader-targets"][2][5] = null)));
    expect(where(report)).toEqual([["not-reported", LEADERS, "F3"]]);
    expect(report.findings[0].severity).toBe("warning");
    expect(report.findings[0].message).toContain("Trần Thị Bình");
    expect(report.findings[0].message).toContain("Số vụ vi phạm");
    expect(report.ready).toBe(true);
    expect(
      report.indicators
        .filter((result) => result.id === "leader-target-attainment")
        .map((result) => result.scope)
    ).toEqual(["E2", "E4"]);
  });

  it("raises unknown-value for a direction outside the list and unknown-unit for its unit code", () => {
    const report = check(
      withRows((rows) => {
        rows["leader-targets"][1][6] = "Càng nhiều càng tốt";
        rows["leader-targets"][3][2] = "ZZ";
      })
    );
    expect(where(report)).toEqual([
      ["unknown-value", LEADERS, "G2"],
      ["unknown-unit", LEADERS, "C4"],
    ]);
  });

  it("raises required-cell for a blank leader, indicator or target", () => {
    const report = check(
      withRows(
        (rows) => (rows["leader-targets"][1] = [null, "Bí thư", "X01", null, null, 10, null])
      )
    );
    expect(where(report)).toEqual([
      ["required-cell", LEADERS, "A2"],
      ["required-cell", LEADERS, "D2"],
      ["required-cell", LEADERS, "E2"],
    ]);
  });

  it("computes attainment as result ÷ target, or target ÷ result when lower is better", () => {
    const report = check(withRows(() => undefined));
    expect(indicator(report, "leader-target-attainment", "E2")).toEqual(
      expect.objectContaining({
        numerator: 10,
        denominator: 10,
        value: 100,
        status: "met",
        needed: 0,
      })
    );
    expect(indicator(report, "leader-target-attainment", "E3")).toEqual(
      expect.objectContaining({ numerator: 2, denominator: 1, value: 200, status: "met" })
    );
    expect(indicator(report, "leader-target-attainment", "E4")).toEqual(
      expect.objectContaining({ numerator: 6, denominator: 5.5, value: 109.09, needed: null })
    );
  });
});
