import { highlightAreas } from "../../src/excel/highlight-areas";
import { finding } from "./support/reports";

describe("highlightAreas", () => {
  it("joins a column run of cells into one rectangle", () => {
    const areas = highlightAreas(["B2", "B3", "B4", "B6"].map((cell) => finding("Units", cell)));
    expect(areas.map((area) => area.rect)).toEqual([
      { row: 1, column: 1, rowCount: 3, columnCount: 1 },
      { row: 5, column: 1, rowCount: 1, columnCount: 1 },
    ]);
  });

  it("joins equal runs in adjacent columns side by side, but not across a gap", () => {
    const cells = ["B2", "B3", "C2", "C3", "E2", "E3"];
    const areas = highlightAreas(cells.map((cell) => finding("Units", cell)));
    expect(areas.map((area) => area.rect)).toEqual([
      { row: 1, column: 1, rowCount: 2, columnCount: 2 },
      { row: 1, column: 4, rowCount: 2, columnCount: 1 },
    ]);
  });

  it("keeps severities and sheets apart, and gives a cell with two findings its worst severity", () => {
    const areas = highlightAreas([
      finding("Units", "B2", "warning", "number-as-text"),
      finding("Units", "B2", "error", "negative"),
      finding("Units", "B3", "warning", "number-as-text"),
      finding("Admissions", "B3", "shortfall", "goal-shortfall"),
    ]);
    expect(areas).toEqual([
      {
        sheet: "Units",
        severity: "error",
        rect: { row: 1, column: 1, rowCount: 1, columnCount: 1 },
      },
      {
        sheet: "Units",
        severity: "warning",
        rect: { row: 2, column: 1, rowCount: 1, columnCount: 1 },
      },
      {
        sheet: "Admissions",
        severity: "shortfall",
        rect: { row: 2, column: 1, rowCount: 1, columnCount: 1 },
      },
    ]);
  });

  it("ignores sheet-level findings (no cell)", () => {
    expect(highlightAreas([finding("Units", undefined, "error", "missing-column")])).toEqual([]);
  });

  it("turns 25,000 highlighted cells in five columns into a handful of rectangles", () => {
    const findings = [];
    for (let row = 2; row <= 5_001; row++)
      for (const column of ["B", "C", "D", "E", "F"])
        findings.push(finding("Units", `${column}${row}`, "warning", "number-as-text"));
    expect(findings).toHaveLength(25_000);

    const areas = highlightAreas(findings);

    expect(areas).toEqual([
      {
        sheet: "Units",
        severity: "warning",
        rect: { row: 1, column: 1, rowCount: 5_000, columnCount: 5 },
      },
    ]);
  });
});
