import { error, withRows } from "../../../test/support/build-snapshot";
import { check, only, where } from "../../../test/support/report-helpers";

const ADMISSIONS = "Kết nạp đảng viên";

describe("the admissions sheet", () => {
  it("raises unknown-unit for a code the units sheet does not have", () => {
    const report = check(withRows((rows) => rows.admissions.push(["X99", 1, 1, 100])));
    expect(where(report)).toEqual([["unknown-unit", ADMISSIONS, "A8"]]);
    expect(report.findings[0].message).toContain("“X99”");
    expect(report.findings[0].message).toContain("Tổ chức cơ sở đảng");
  });

  it("raises missing-unit (sheet-level) for a unit with no row, naming the unit and its cell on the units sheet", () => {
    const report = check(withRows((rows) => rows.admissions.splice(3, 1)));
    const missing = only(report, "missing-unit");
    expect(missing).toEqual([
      expect.objectContaining({
        severity: "error",
        sheet: ADMISSIONS,
        field: "code",
        actual: "X03",
      }),
    ]);
    expect(missing[0].cell).toBeUndefined();
    expect(missing[0].message).toContain("Đảng bộ thị trấn Hợp Hòa");
    expect(missing[0].message).toContain("A4");
  });

  it("takes an unreadable code (a formula error) for no code: its own error, the unit missing, no unit figure", () => {
    const report = check(withRows((rows) => (rows.admissions[3][0] = error("#N/A"))));
    expect(where(report).map(([code, sheet]) => [code, sheet])).toEqual([
      ["missing-unit", ADMISSIONS],
      ["formula-error", ADMISSIONS],
    ]);
    expect(only(report, "missing-unit")[0].actual).toBe("X03");
    const perUnit = report.indicators.filter((i) => i.id === "admission-attainment");
    expect(perUnit.map((i) => i.scope)).not.toContain("X03");
    expect(perUnit.length).toBeGreaterThan(1);
    // The committee's figure leaves the row out, as it does a row whose code is blank.
    const blank = check(withRows((rows) => (rows.admissions[3][0] = null)));
    const committee = (r: typeof report) => r.indicators.find((i) => i.scope === "committee");
    expect(committee(report)).toEqual(committee(blank));
  });

  it("raises duplicate-key on a repeated unit row", () => {
    const report = check(withRows((rows) => rows.admissions.push(["x02", 1, 1, 100])));
    expect(where(report).filter(([code]) => code === "duplicate-key")).toEqual([
      ["duplicate-key", ADMISSIONS, "A8"],
    ]);
  });

  it("checks the attainment rate within 0.05", () => {
    const report = check(
      withRows((rows) => {
        rows.admissions[1][3] = 90; // 10 of 10 is 100
        rows.admissions[2][3] = 112.54; // 9 of 8 is 112.5: within 0.05
        rows.admissions[3][3] = 100.06; // 12 of 12: more than 0.05 off
      })
    );
    expect(where(report)).toEqual([
      ["rate-mismatch", ADMISSIONS, "D2"],
      ["rate-mismatch", ADMISSIONS, "D4"],
    ]);
    expect(report.findings[0]).toEqual(
      expect.objectContaining({ expected: 100, actual: 90, field: "attainment" })
    );
    expect(report.findings[0].message).toBe(
      "“Tỷ lệ đạt (%)” đang là 90,00 % nhưng tính từ số liệu được 100,00 %. Sửa thành 100,00 % (hoặc dùng công thức)."
    );
  });

  it("wants the rate blank where the target is 0", () => {
    const report = check(withRows((rows) => (rows.admissions[6][3] = 0)));
    expect(where(report)).toEqual([["rate-mismatch", ADMISSIONS, "D7"]]);
    expect(report.findings[0].message).toContain("để trống");
  });

  it("does not check codes against a units sheet that is missing", () => {
    const report = check(withRows((rows) => ((rows as Record<string, unknown>).units = null)));
    expect(where(report)).toEqual([["missing-sheet", "Tổ chức cơ sở đảng", undefined]]);
  });
});
