import { committeeWorkbook, withRows } from "../../../test/support/build-snapshot";
import { check, only, where } from "../../../test/support/report-helpers";

const UNITS = "Tổ chức cơ sở đảng";

describe("the units sheet", () => {
  it("passes a clean workbook with no finding at all", () => {
    const report = check(committeeWorkbook());
    expect(report.findings).toEqual([]);
    expect(report.ready).toBe(true);
  });

  it("raises duplicate-key on the repeated code (spaces and case do not hide it), naming the first", () => {
    const report = check(withRows((rows) => (rows.units[3][0] = " x01\u00a0")));
    const [finding] = only(report, "duplicate-key");
    expect(finding).toEqual(
      expect.objectContaining({
        severity: "error",
        sheet: UNITS,
        cell: "A4",
        field: "code",
        actual: "x01",
      })
    );
    expect(finding.message).toContain("A2");
  });

  it("names the right first row for a repeated code below a row without a code", () => {
    const report = check(
      withRows((rows) => {
        rows.units[2][0] = null;
        rows.units[5][0] = rows.units[4][0];
      })
    );
    const duplicate = only(report, "duplicate-key");
    expect(duplicate.map((finding) => finding.cell)).toEqual(["A6"]);
    expect(duplicate[0].message).toContain("A5");
    expect(duplicate[0].message).not.toContain("A4");
  });

  it('raises duplicate-key for an NFD-typed name repeated as "xã  kim long "', () => {
    const report = check(
      withRows((rows) => {
        rows.units[1][1] = "Xã Kim Long".normalize("NFD");
        rows.units[2][1] = "xã  kim long ";
      })
    );
    expect(where(report)).toEqual([["duplicate-key", UNITS, "B3"]]);
  });

  it("raises similar-name (a warning) for names that differ only in diacritics, on the later one", () => {
    const report = check(
      withRows((rows) => {
        rows.units[1][1] = "Xã Đông Thịnh";
        rows.units[4][1] = "Xã Đồng Thịnh";
      })
    );
    const [finding] = report.findings;
    expect(where(report)).toEqual([["similar-name", UNITS, "B5"]]);
    expect(finding.severity).toBe("warning");
    expect(finding.message).toContain("Xã Đông Thịnh");
    expect(finding.message).toContain("B2");
    expect(report.ready).toBe(true);
  });

  it("reads the type by id or label and raises unknown-value for anything else", () => {
    const report = check(withRows((rows) => (rows.units[4][2] = "Đảng bộ doanh nghiệp")));
    expect(where(report)).toEqual([["unknown-value", UNITS, "C5"]]);
  });

  it("raises required-cell for a blank code, name, type or member count", () => {
    const report = check(
      withRows((rows) => {
        rows.units[5] = [null, null, null, null, "note"];
        rows.units[6][3] = null;
        rows.units[6][1] = "   ";
      })
    );
    // The row with only a note outside the form's columns is an empty row (so CB1 is gone, which other sheets notice).
    expect(where(report).filter(([, sheetName]) => sheetName === UNITS)).toEqual([
      ["required-cell", UNITS, "B7"],
      ["required-cell", UNITS, "D7"],
    ]);
  });

  it("raises not-a-number, not-whole and negative for the member count", () => {
    const report = check(
      withRows((rows) => {
        rows.units[1][3] = "ba trăm";
        rows.units[2][3] = 280.5;
        rows.units[3][3] = -1;
      })
    );
    expect(where(report).filter(([, sheetName]) => sheetName === UNITS)).toEqual([
      ["not-a-number", UNITS, "D2"],
      ["not-whole", UNITS, "D3"],
      ["negative", UNITS, "D4"],
    ]);
  });

  it("tells names apart whose folded forms share a hash, and still finds their repeats", () => {
    // "chi bo 40849" and "chi bo 267196" have the same 30-bit FNV-1a hash.
    const report = check(
      withRows((rows) => {
        rows.units[4][1] = "Chi bộ 40849";
        rows.units[5][1] = "Chi bộ 267196";
        rows.units[6][1] = "CHI BỘ 267196";
        rows.units.push(["CB3", "Chi bô 267196", "cell", 0]);
        rows.summary.length = 1;
      })
    );
    expect(where(report)).toEqual([
      ["duplicate-key", UNITS, "B7"],
      ["similar-name", UNITS, "B8"],
      ["missing-unit", "Kết nạp đảng viên", undefined],
    ]);
    expect(report.findings[0].message).toContain("B6");
    expect(report.findings[1].message).toContain("“Chi bộ 267196” (ô B6)");
  });
});
