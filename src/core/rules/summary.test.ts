import { num } from "../../../test/support/build-snapshot";
import { withRows } from "../../../test/support/build-snapshot";
import { check, where } from "../../../test/support/report-helpers";
import { findSummaryItem } from "../reading/summary-items";

const SUMMARY = "Tổng hợp";

describe("the summary sheet", () => {
  it("raises total-mismatch for an item that disagrees with the detail sheets", () => {
    const report = check(withRows((rows) => (rows.summary[3][1] = 1300)));
    expect(where(report)).toEqual([["total-mismatch", SUMMARY, "B4"]]);
    expect(report.findings[0]).toEqual(
      expect.objectContaining({ field: "value", expected: 1265, actual: 1300 })
    );
    expect(report.findings[0].message).toBe(
      "“Số đảng viên” đang là 1.300 nhưng số liệu chi tiết cho 1.265. Sửa thành 1.265 hoặc kiểm tra lại các sheet chi tiết."
    );
  });

  it("checks every computed item, found by id or English label", () => {
    const report = check(
      withRows((rows) => {
        rows.summary.push(
          ["units_commune", 3],
          ["Agency committees", 1],
          ["units_cell", 3],
          ["admitted", 36],
          ["admission_target", 35],
          ["village_heads_members", 34]
        );
      })
    );
    expect(where(report)).toEqual([["total-mismatch", SUMMARY, "B9"]]);
    expect(report.findings[0]).toEqual(expect.objectContaining({ expected: 2, actual: 3 }));
  });

  it("compares the village-head rate within 0.05, a percentage-formatted value too", () => {
    const close = check(withRows((rows) => (rows.summary[5][1] = num(0.9444, "0.00%"))));
    expect(close.findings).toEqual([]);
    const off = check(withRows((rows) => (rows.summary[5][1] = 94.5)));
    expect(where(off)).toEqual([["total-mismatch", SUMMARY, "B6"]]);
    expect(off.findings[0].expected).toBe(94.44);
  });

  it("ignores items that name no computed figure, and wants a value for those that do", () => {
    const report = check(
      withRows((rows) =>
        rows.summary.push(["Số chi bộ có trên 30 đảng viên", "không rõ"], ["members", null])
      )
    );
    expect(where(report)).toEqual([
      ["not-a-number", SUMMARY, "B7"],
      ["required-cell", SUMMARY, "B8"],
    ]);
  });

  it("skips an item whose source column has an unreadable cell (that cell is the error)", () => {
    const report = check(withRows((rows) => (rows.units[1][3] = "ba trăm")));
    expect(where(report)).toEqual([["not-a-number", "Tổ chức cơ sở đảng", "D2"]]);
  });

  it("knows items by label in any spelling", () => {
    expect(findSummaryItem("SO DANG VIEN")?.id).toBe("members");
    expect(findSummaryItem("Heads who are party members")?.id).toBe("village_heads_members");
    expect(findSummaryItem("Số đảng viên mới")).toBeNull();
  });
});
