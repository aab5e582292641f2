import { validateWorkbook } from "./validate";
import { SHEETS } from "./form/form";
import {
  cleanRows,
  committeeWorkbook,
  sheet,
  withRows,
  workbook,
} from "../../test/support/build-snapshot";
import { check, where } from "../../test/support/report-helpers";
import type { WorkbookSnapshot } from "./model/snapshot";

describe("validateWorkbook", () => {
  it("reports a clean workbook as ready, with the file name, in Vietnamese by default", () => {
    const report = validateWorkbook(committeeWorkbook(), { workbook: "tam-duong-2023.xlsx" });
    expect(report).toEqual(
      expect.objectContaining({
        workbook: "tam-duong-2023.xlsx",
        ready: true,
        counts: { error: 0, warning: 0, shortfall: 0 },
        goalsSource: "default",
        findings: [],
      })
    );
  });

  it("raises missing-sheet for each required sheet (named in the chosen language, no cell) and goes on", () => {
    const rows = cleanRows();
    const vi = check(committeeWorkbook({ units: rows.units, goals: rows.goals }));
    expect(where(vi)).toEqual([
      ["missing-sheet", "Kết nạp đảng viên", undefined],
      ["missing-sheet", "Trưởng thôn, tổ dân phố", undefined],
    ]);
    const en = check(committeeWorkbook({ units: rows.units }), "en");
    expect(where(en)).toEqual([
      ["missing-sheet", "Admissions", undefined],
      ["missing-sheet", "Village heads", undefined],
    ]);
    expect(en.findings[0].message).toBe(
      "The workbook has no “Admissions” sheet. Add it (named “Admissions” or “Kết nạp đảng viên”) with the columns of the form."
    );
    expect(en.ready).toBe(false);
  });

  it("reads a workbook with English sheet names and headers", () => {
    const rows = cleanRows();
    const english: Record<string, string[]> = {};
    for (const [id, def] of Object.entries(SHEETS))
      english[id] = def.fields.map((field) => field.headers.en);
    for (const id of Object.keys(rows) as Array<keyof typeof rows>)
      rows[id][0] = english[id].slice(0, rows[id][0].length);
    const names = Object.fromEntries(Object.entries(SHEETS).map(([id, def]) => [id, def.names.en]));
    const report = check(committeeWorkbook(rows, names), "en");
    expect(report.findings).toEqual([]);
  });

  it("sorts findings by sheet order, then row, then column, sheet-level first", () => {
    const snapshot = withRows((rows) => {
      rows.units[3][3] = "x";
      rows.units[2][2] = "y";
      rows.units[2][3] = "z";
      rows.admissions.splice(6, 1);
      rows.admissions[1][1] = -1;
    });
    expect(where(check(snapshot))).toEqual([
      ["unknown-value", "Tổ chức cơ sở đảng", "C3"],
      ["not-a-number", "Tổ chức cơ sở đảng", "D3"],
      ["not-a-number", "Tổ chức cơ sở đảng", "D4"],
      ["missing-unit", "Kết nạp đảng viên", undefined],
      ["negative", "Kết nạp đảng viên", "B2"],
    ]);
  });

  it("counts each severity and is ready only without errors", () => {
    const report = check(
      withRows((rows) => {
        rows.units[1][3] = "320"; // warning
        rows["leader-targets"][1][5] = null; // warning
        rows.admissions[1][2] = 5; // shortfall of the committee's admission goal? 31 of 35
        rows.admissions[1][3] = 50;
        rows.summary.length = 1;
      })
    );
    expect(report.counts).toEqual({ error: 0, warning: 2, shortfall: 1 });
    expect(report.ready).toBe(true);
    const withError = check(withRows((rows) => (rows.units[1][3] = "x")));
    expect(withError.ready).toBe(false);
    expect(withError.counts.error).toBe(1);
  });

  it("reads numbers stored as text with the chosen culture", () => {
    const vi = check(withRows((rows) => (rows.units[1][3] = "1.320")));
    expect(vi.findings.map((finding) => finding.code)).toEqual([
      "number-as-text",
      "total-mismatch",
    ]);
    const en = check(
      withRows((rows) => (rows.units[1][3] = "1.320")),
      "en",
      "en-US"
    );
    expect(en.findings.map((finding) => finding.code)).toEqual(["number-as-text", "not-whole"]);
  });

  it("reads a cached #DIV/0! in a rate as a formula error", () => {
    const report = check(
      withRows(
        (rows) => (rows["village-heads"][1][4] = { kind: "error", value: "#DIV/0!", formula: true })
      )
    );
    expect(where(report)).toEqual([["formula-error", "Trưởng thôn, tổ dân phố", "E2"]]);
    expect(report.findings[0].message).toBe(
      "“Tỷ lệ (%)” đang báo lỗi #DIV/0!. Sửa công thức hoặc nhập trực tiếp giá trị đúng."
    );
  });

  it("never throws on odd snapshots", () => {
    const odd: unknown[] = [
      null,
      {},
      { sheets: null },
      {
        sheets: [
          null,
          undefined,
          5,
          "x",
          { name: null, rows: null },
          { name: "Units", rows: [null, [undefined, null, 7], "row"] },
        ],
      },
      workbook(
        sheet("Units", [
          ["Mã", "Tên tổ chức", "Loại hình", "Số đảng viên"],
          [
            { kind: "number", value: Number.NaN },
            { kind: "text", value: "x".repeat(100_000) },
            true,
            { kind: "error", value: null },
          ],
        ])
      ),
    ];
    const hostile = {
      toString: () => {
        throw new Error("no text");
      },
    };
    odd.push({
      sheets: [
        {
          name: hostile,
          rows: [
            [
              { kind: "text", value: hostile },
              { kind: "text", value: Symbol("s") },
            ],
          ],
        },
        { name: "Units", rows: [["Mã"], [{ kind: "text", value: hostile }]] },
      ],
    });
    for (const snapshot of odd) {
      expect(() =>
        validateWorkbook(snapshot as WorkbookSnapshot, { workbook: "odd.xlsx" })
      ).not.toThrow();
    }
    expect(() => validateWorkbook(committeeWorkbook(), null as never)).not.toThrow();
  });

  it("finds every kind of mistake of a realistic workbook, each with its severity and exact cell", () => {
    const snapshot = withRows((rows) => {
      rows.units[1][1] = "Xã Đông Thịnh";
      rows.units[4][1] = "Xã Đồng Thịnh";
      rows.units[2][3] = "280";
      rows.units[3][3] = 410.5;
      rows.units[5][3] = -1;
      rows.units[6][2] = "Đảng bộ doanh nghiệp";
      rows.units.push(["x01", "Xã Mới", "cell", 10], ["CB3", null, "cell", 5]);
      rows.admissions[1][3] = 90;
      rows.admissions[2][1] = "tám";
      rows.admissions[3][2] = { kind: "error", value: "#REF!", formula: true };
      rows.admissions.push(["X99", 1, 1, 100]);
      rows["village-heads"][1] = ["X01", 12, 10, 14, null];
      rows["village-heads"][2] = ["X02", 14, 2, 13, 92.86];
      rows["village-heads"].push(["CQ1", 5, 3, 3, 60]);
      rows["leader-targets"][2][5] = null;
      rows["private-units"][0] = ["Mã", "Chỉ tiêu", "Chỉ tiêu"];
      rows.goals.push(["village-head-rate", "≥", 99, "committee"]);
    });
    const report = check(snapshot);
    const units = "Tổ chức cơ sở đảng";
    const admissions = "Kết nạp đảng viên";
    const village = "Trưởng thôn, tổ dân phố";
    const privateUnits = "Tổ chức đảng ngoài nhà nước";
    expect(
      report.findings.map((finding) => [
        finding.code,
        finding.severity,
        finding.sheet,
        finding.cell,
      ])
    ).toEqual([
      ["number-as-text", "warning", units, "D3"],
      ["not-whole", "error", units, "D4"],
      ["similar-name", "warning", units, "B5"],
      ["negative", "error", units, "D6"],
      ["unknown-value", "error", units, "C7"],
      ["duplicate-key", "error", units, "A8"],
      ["required-cell", "error", units, "B9"],
      ["missing-unit", "error", admissions, undefined],
      ["rate-mismatch", "error", admissions, "D2"],
      ["not-a-number", "error", admissions, "B3"],
      ["formula-error", "error", admissions, "C4"],
      ["unknown-unit", "error", admissions, "A8"],
      ["goal-shortfall", "shortfall", village, undefined],
      ["out-of-range", "error", village, "D2"],
      ["large-change", "warning", village, "D3"],
      ["wrong-unit-type", "error", village, "A5"],
      ["missing-column", "error", privateUnits, undefined],
      ["duplicate-column", "error", privateUnits, "C1"],
      ["not-reported", "warning", "Giao chỉ tiêu người đứng đầu", "F3"],
      ["total-mismatch", "error", "Tổng hợp", "B2"],
      ["total-mismatch", "error", "Tổng hợp", "B5"],
      ["total-mismatch", "error", "Tổng hợp", "B6"],
    ]);
    expect(report.counts).toEqual({ error: 17, warning: 4, shortfall: 1 });
    expect(report.ready).toBe(false);
    expect(report.goalsSource).toBe("workbook");
    // Heads who are members: X01 14/12 (out of range, still in the committee's sums, as in the summary and a
    // totals row), X02 13/14, X03 9/10, CQ1 3/5 = 39/41; ≥ 99 needs 41, so 2 more.
    expect(report.findings[12]).toEqual(
      expect.objectContaining({ expected: ">= 99", actual: 95.12, needed: 2 })
    );
  });
});
