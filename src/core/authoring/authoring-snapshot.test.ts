import { withStandardSheets } from "./authoring-snapshot";
import { withMapping } from "../reading/mapping-sheet";
import { cleanRows, committeeWorkbook, workbook } from "../../../test/support/build-snapshot";
import { check } from "../../../test/support/report-helpers";

const STRUCTURAL = new Set(["missing-sheet", "missing-column", "duplicate-column"]);

describe("withStandardSheets", () => {
  it("adds every standard sheet to an empty workbook, in the spec’s order, and the result has no structural finding", () => {
    const { snapshot, added } = withStandardSheets(workbook(), "vi");
    expect(added).toEqual([
      "Tổ chức cơ sở đảng",
      "Kết nạp đảng viên",
      "Trưởng thôn, tổ dân phố",
      "Tổ chức đảng ngoài nhà nước",
      "Giao chỉ tiêu người đứng đầu",
      "Mục tiêu",
      "Tổng hợp",
    ]);
    expect(snapshot.sheets.map((sheet) => sheet.name)).toEqual(added);
    const report = check(snapshot);
    expect(report.findings.filter((finding) => STRUCTURAL.has(finding.code))).toEqual([]);
    // The template's default goals are in its goals sheet.
    expect(report.goalsSource).toBe("workbook");
    // The summary's formulas show what Excel would show over empty sheets.
    const summary = snapshot.sheets.find((sheet) => sheet.name === "Tổng hợp")!;
    expect(summary.rows[2]?.[1]).toMatchObject({ kind: "number", value: 0, formula: true });
  });

  it("adds only the sheets a workbook lacks, leaving its own exactly as they were", () => {
    const rows = cleanRows();
    const before = committeeWorkbook({ ...rows, goals: null, summary: null });
    const { snapshot, added } = withStandardSheets(before, "en");
    expect(added).toEqual(["Goals", "Summary"]);
    expect(snapshot.sheets.slice(0, before.sheets.length)).toEqual(before.sheets);
    const report = check(snapshot);
    expect(report.ready).toBe(true);
    expect(withStandardSheets(snapshot, "vi").added).toEqual([]);
  });

  it("counts a sheet that the saved header mapping names as present, so no blank copy is added beside it", () => {
    const rows = cleanRows();
    const own = committeeWorkbook({ ...rows, goals: null, summary: null });
    const renamed = {
      sheets: own.sheets.map((sheet, index) =>
        index === 0 ? { ...sheet, name: "Danh sách chi bộ" } : sheet
      ),
    };
    expect(withStandardSheets(renamed, "en").added).toContain("Units");
    const mapped = withMapping(renamed, { sheets: { units: "Danh sách chi bộ" }, columns: {} });
    const { added } = withStandardSheets(mapped, "en");
    expect(added).toEqual(["Goals", "Summary"]);
  });
});
