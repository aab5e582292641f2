import { cleanRows, committeeWorkbook, num, type Rows } from "../../../test/support/build-snapshot";
import type { SheetId } from "../form/form";
import { check, indicator, only, where } from "../../../test/support/report-helpers";

const VILLAGE = "Trưởng thôn, tổ dân phố";

/** The clean workbook with one change and an empty summary, so that a changed count is not also a summary mismatch. */
function withRows(change: (rows: Record<SheetId, Rows>) => void) {
  const rows = cleanRows();
  rows.summary.length = 1;
  change(rows);
  return committeeWorkbook(rows);
}

describe("the village-heads sheet", () => {
  it("raises out-of-range when heads who are members exceed the groups, with the spec’s message", () => {
    const mistake = withRows((rows) => {
      rows["village-heads"][1] = ["X01", 12, 10, 14, null];
    });
    const vi = check(mistake);
    expect(where(vi)).toEqual([["out-of-range", VILLAGE, "D2"]]);
    expect(vi.findings[0]).toEqual(
      expect.objectContaining({
        field: "members_now",
        expected: "<= 12",
        actual: 14,
        severity: "error",
      })
    );
    expect(vi.findings[0].message).toBe(
      "Số trưởng thôn là đảng viên (14) lớn hơn số thôn, tổ dân phố (12). Sửa lại để không vượt quá số thôn, tổ dân phố."
    );
    const en = check(mistake, "en");
    expect(en.findings[0].message).toBe(
      "Heads who are members (14) exceed the villages and groups (12). Correct it so it does not exceed the number of villages and groups."
    );
  });

  it("raises out-of-range for heads at the start of the year above the groups, and for no groups", () => {
    const report = check(
      withRows((rows) => {
        rows["village-heads"][1] = ["X01", 12, 13, 12, 100];
        rows["village-heads"][2] = ["X02", 0, 0, 0, null];
      })
    );
    expect(where(report)).toEqual([
      ["out-of-range", VILLAGE, "C2"],
      ["out-of-range", VILLAGE, "B3"],
    ]);
    expect(report.findings[1]).toEqual(expect.objectContaining({ expected: ">= 1", actual: 0 }));
  });

  it("raises wrong-unit-type for a unit that is not a commune", () => {
    const report = check(withRows((rows) => rows["village-heads"].push(["CQ1", 5, 3, 3, 60])));
    expect(where(report)).toEqual([["wrong-unit-type", VILLAGE, "A5"]]);
    expect(report.findings[0].message).toContain("Đảng bộ Cơ quan Huyện");
    expect(report.findings[0].message).toContain("Đảng bộ cơ quan");
  });

  it("raises missing-unit for a commune unit with no row (and only for communes)", () => {
    const report = check(withRows((rows) => rows["village-heads"].splice(2, 1)));
    expect(only(report, "missing-unit")).toEqual([
      expect.objectContaining({ sheet: VILLAGE, actual: "X02" }),
    ]);
    expect(only(report, "missing-unit")[0].cell).toBeUndefined();
  });

  it("checks the entered rate, reading a percentage-formatted 0.9308 as 93.08", () => {
    const report = check(
      withRows((rows) => {
        rows["village-heads"][1] = ["X01", 130, 110, 121, num(0.9308, "0.00%")];
        rows["village-heads"][2][4] = 90; // 13 of 14 is 92.86
      })
    );
    expect(where(report)).toEqual([["rate-mismatch", VILLAGE, "E3"]]);
    expect(report.findings[0]).toEqual(expect.objectContaining({ expected: 92.86, actual: 90 }));
  });

  it("warns large-change when a unit’s rate moved more than 30 points, not at exactly 30", () => {
    const report = check(
      withRows((rows) => {
        rows["village-heads"][1] = ["X01", 12, 2, 12, 100]; // +83.33 points
        rows["village-heads"][3] = ["X03", 10, 6, 9, 90]; // +30 points exactly
      })
    );
    expect(where(report)).toEqual([["large-change", VILLAGE, "D2"]]);
    expect(report.findings[0]).toEqual(
      expect.objectContaining({ severity: "warning", actual: 83.33, expected: "<= 30" })
    );
    expect(report.findings[0].message).toContain("+83,33 điểm %");
    expect(report.findings[0].message).toContain("Đảng bộ xã Kim Long");
  });

  it("gives each commune its rate and change", () => {
    const report = check(withRows(() => undefined));
    expect(indicator(report, "village-head-rate", "X02")).toEqual(
      expect.objectContaining({ numerator: 13, denominator: 14, value: 92.86 })
    );
    expect(indicator(report, "village-head-rate-change", "X02")).toEqual(
      expect.objectContaining({ numerator: 2, denominator: 14, value: 14.29 })
    );
  });
});
