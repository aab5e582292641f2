import type { Finding } from "../../src/core";
import { countBySeverity, groupFindings } from "../../src/taskpane/finding-groups";

const f = (severity: Finding["severity"], sheet: string, cell: string): Finding => ({
  severity,
  sheet,
  cell,
  code: "required-cell",
  message: cell,
});

describe("grouping findings", () => {
  const findings = [
    f("warning", "A", "A1"),
    f("shortfall", "B", "B1"),
    f("error", "B", "B2"),
    f("warning", "B", "B3"),
    f("error", "B", "B4"),
    f("shortfall", "C", "C1"),
  ];

  it("puts sheets with errors first, keeps the others in report order, and orders severities within a sheet", () => {
    expect(
      groupFindings(findings).map((group) => [group.sheet, group.findings.map((x) => x.cell)])
    ).toEqual([
      ["B", ["B2", "B4", "B3", "B1"]],
      ["A", ["A1"]],
      ["C", ["C1"]],
    ]);
  });

  it("keeps only one severity when filtered, without moving the sheets around", () => {
    expect(
      groupFindings(findings, "warning").map((group) => [
        group.sheet,
        group.findings.map((x) => x.cell),
      ])
    ).toEqual([
      ["B", ["B3"]],
      ["A", ["A1"]],
    ]);
    expect(
      groupFindings(findings, "shortfall").map((group) => [
        group.sheet,
        group.findings.map((x) => x.cell),
      ])
    ).toEqual([
      ["B", ["B1"]],
      ["C", ["C1"]],
    ]);
    expect(groupFindings([], "error")).toEqual([]);
  });

  it("counts by severity", () => {
    expect(countBySeverity(findings)).toEqual({ error: 2, warning: 2, shortfall: 2 });
  });
});
