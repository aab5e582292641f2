import { withRows } from "../../../test/support/build-snapshot";
import { check, where } from "../../../test/support/report-helpers";

const ADMISSIONS = "Kết nạp đảng viên";

describe("a totals row", () => {
  it("is not a unit and passes when its counts and rate add up", () => {
    const report = check(withRows((rows) => rows.admissions.push(["Tổng cộng", 35, 36, 102.86])));
    expect(report.findings).toEqual([]);
  });

  it("may sit right below the header", () => {
    const report = check(
      withRows((rows) => rows.admissions.splice(1, 0, ["Cộng", 35, 36, 102.86]))
    );
    expect(report.findings).toEqual([]);
  });

  it("raises total-mismatch for each count that is not its column’s sum and a rate not from the sums", () => {
    const report = check(withRows((rows) => rows.admissions.push(["Tổng", 35, 37, 100])));
    expect(where(report)).toEqual([
      ["total-mismatch", ADMISSIONS, "C8"],
      ["total-mismatch", ADMISSIONS, "D8"],
    ]);
    expect(report.findings[0]).toEqual(
      expect.objectContaining({ expected: 36, actual: 37, field: "admitted" })
    );
    expect(report.findings[1]).toEqual(
      expect.objectContaining({ expected: 102.86, actual: 100, field: "attainment" })
    );
  });

  it("is checked on the units sheet too, and a blank total is allowed", () => {
    const report = check(withRows((rows) => rows.units.push(["Total", null, null, 1200])));
    expect(where(report)).toEqual([["total-mismatch", "Tổ chức cơ sở đảng", "D8"]]);
    expect(
      check(withRows((rows) => rows.units.push(["Total", null, null, null]))).findings
    ).toEqual([]);
  });

  it("is not compared when a cell of its column is unreadable", () => {
    const report = check(
      withRows((rows) => {
        rows.admissions[1][2] = "#REF!";
        rows.admissions.push(["Tổng", 35, 99, null]);
      })
    );
    expect(where(report).map(([code]) => code)).not.toContain("total-mismatch");
  });
});
