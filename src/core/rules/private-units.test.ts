import { withRows } from "../../../test/support/build-snapshot";
import { check, indicator, where } from "../../../test/support/report-helpers";

const PRIVATE = "Tổ chức đảng ngoài nhà nước";

describe("the private-sector organisations sheet", () => {
  it("needs no row for units without a target", () => {
    expect(check(withRows(() => undefined)).findings).toEqual([]);
  });

  it("raises unknown-unit and duplicate-key for its codes", () => {
    const report = check(
      withRows((rows) => {
        rows["private-units"].push(["X77", 1, 1], ["cq1", 0, 0]);
      })
    );
    expect(where(report)).toEqual([
      ["unknown-unit", PRIVATE, "A4"],
      ["duplicate-key", PRIVATE, "A5"],
    ]);
  });

  it("is optional: without it the attainment has no denominator (n/a)", () => {
    const report = check(
      withRows((rows) => ((rows as Record<string, unknown>)["private-units"] = null))
    );
    expect(report.findings).toEqual([]);
    expect(indicator(report, "private-units-attainment")).toEqual(
      expect.objectContaining({ denominator: 0, value: null, status: "n/a", needed: null })
    );
  });

  it("reads the counts as counts", () => {
    const report = check(withRows((rows) => (rows["private-units"][1][2] = 1.5)));
    expect(where(report)).toEqual([["not-whole", PRIVATE, "C2"]]);
  });
});
