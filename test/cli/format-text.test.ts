import { formatText } from "../../src/cli/format-text";
import { painter } from "../../src/cli/ansi";
import { displayWidth } from "../../src/cli/text-table";
import type { Finding, IndicatorResult, Report } from "../../src/core";

const finding = (
  sheet: string,
  cell: string | undefined,
  code: Finding["code"],
  severity: Finding["severity"],
  message: string
): Finding => ({
  code,
  severity,
  sheet,
  cell,
  message,
});

const indicator = (
  partial: Partial<IndicatorResult> & Pick<IndicatorResult, "id" | "scope">
): IndicatorResult => ({
  numerator: 0,
  denominator: 0,
  value: null,
  goal: null,
  status: "no-goal",
  needed: null,
  ...partial,
});

const report: Report = {
  workbook: "tam-duong-2023.xlsx",
  ready: false,
  counts: { error: 3, warning: 1, shortfall: 1 },
  goalsSource: "default",
  findings: [
    finding("Tổ chức cơ sở đảng", "C53", "duplicate-key", "error", "tên lặp lại"),
    finding(
      "Trưởng thôn, tổ dân phố",
      undefined,
      "goal-shortfall",
      "shortfall",
      "thiếu 1 trưởng thôn là đảng viên"
    ),
    finding("Tổ chức cơ sở đảng", "E54", "number-as-text", "warning", "số lưu dạng văn bản"),
    finding("Tổ chức cơ sở đảng", "B53", "duplicate-key", "error", "mã lặp lại"),
    finding("Trưởng thôn, tổ dân phố", "F14", "out-of-range", "error", "vượt quá số thôn"),
  ],
  indicators: [
    indicator({
      id: "village-head-rate",
      scope: "committee",
      numerator: 117,
      denominator: 130,
      value: 90,
      goal: { operator: ">", value: 90 },
      status: "shortfall",
      needed: 1,
    }),
    indicator({
      id: "village-head-rate-change",
      scope: "committee",
      numerator: 0,
      denominator: 130,
      value: 8.46,
    }),
    indicator({
      id: "village-head-rate",
      scope: "X10",
      numerator: 10,
      denominator: 11,
      value: 90.91,
    }),
    indicator({
      id: "admission-attainment",
      scope: "CB23",
      numerator: 3,
      denominator: 3,
      value: 100,
      goal: { operator: ">=", value: 100 },
      status: "met",
      needed: 0,
    }),
  ],
};

const plain = painter(false);

describe("the text report", () => {
  it("opens with the workbook, the verdict and the counts, then where the goals came from", () => {
    const [header, goals] = formatText(report, "vi", plain).split("\n");
    expect(header).toBe(
      "Tệp tam-duong-2023.xlsx: 3 lỗi cần sửa — 3 lỗi, 1 cảnh báo, 1 chưa đạt mục tiêu"
    );
    expect(goals).toMatch(/mặc định/);
    const [headerEn] = formatText(
      { ...report, ready: true, counts: { error: 0, warning: 1, shortfall: 0 } },
      "en",
      plain
    ).split("\n");
    expect(headerEn).toBe(
      "Workbook tam-duong-2023.xlsx: Ready to submit — 0 errors, 1 warning, 0 shortfalls"
    );
  });

  it("groups findings by sheet in the order met, errors before warnings before shortfalls, top to bottom", () => {
    const text = formatText(report, "vi", plain);
    const order = [
      "Tổ chức cơ sở đảng",
      "B53",
      "C53",
      "E54",
      "Trưởng thôn, tổ dân phố",
      "F14",
      "thiếu 1 trưởng thôn",
    ];
    const positions = order.map((needle) => text.indexOf(needle));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toMatch(/^ {4}B53 {2}\[duplicate-key\] {3}mã lặp lại$/m);
    expect(text).toMatch(/^ {2}Cảnh báo \(1\)$/m);
  });

  it("shows the committee figures and the shortfalls as an aligned table, and says how many per-unit rows it left out", () => {
    const lines = formatText(report, "vi", plain).split("\n");
    const start = lines.indexOf("Các chỉ số");
    const table = lines.slice(start + 1, start + 4);
    expect(table[1]).toMatch(
      /Tỷ lệ trưởng thôn, tổ dân phố là đảng viên\s+Toàn đảng bộ\s+90,00 %\s+> 90 %\s+Chưa đạt\s+1$/
    );
    expect(table[2]).toMatch(/\+8,46 điểm %/);
    // Every column starts at the same place on each line: the value column ends where its heading ends.
    const valueEnd = (line: string, value: string) =>
      displayWidth(line.slice(0, line.indexOf(value) + value.length));
    expect(valueEnd(table[1], "90,00 %")).toBe(valueEnd(table[0], "Giá trị"));
    expect(valueEnd(table[2], "+8,46 điểm %")).toBe(valueEnd(table[0], "Giá trị"));
    expect(lines[start + 4]).toMatch(/Còn 2 chỉ số của từng đơn vị/);
    expect(lines.every((line) => line === line.trimEnd())).toBe(true);
  });

  it("puts a sheet's findings top to bottom, then left to right, the sheet-level ones first, equal cells in the order met", () => {
    const scrambled = [
      finding("S", "AA10", "not-a-number", "error", "aa10"),
      finding("S", "B10", "not-a-number", "error", "b10 first"),
      finding("S", "C2", "not-a-number", "error", "c2 across\n  two lines"),
      finding("S", undefined, "missing-column", "error", "whole sheet"),
      finding("S", "B10", "not-a-number", "error", "b10 second"),
      finding("S", "Z9", "not-a-number", "error", "z9"),
      finding("S", "B100", "not-a-number", "error", "b100"),
    ];
    const lines = formatText(
      { ...report, counts: { error: 7, warning: 0, shortfall: 0 }, findings: scrambled },
      "en",
      plain
    ).split("\n");
    const messages = lines
      .filter((line) => line.startsWith("    "))
      .map((line) => line.split("  ").pop());
    expect(messages.slice(0, 7)).toEqual([
      "whole sheet",
      "c2 across two lines",
      "z9",
      "b10 first",
      "b10 second",
      "aa10",
      "b100",
    ]);
  });

  it("says so when there is nothing to fix", () => {
    const text = formatText(
      { ...report, ready: true, counts: { error: 0, warning: 0, shortfall: 0 }, findings: [] },
      "en",
      plain
    );
    expect(text).toContain("No errors or warnings.");
  });
});
