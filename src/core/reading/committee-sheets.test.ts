import { hasCommitteeSheets } from "./committee-sheets";
import { withMapping } from "./mapping-sheet";
import type { WorkbookSnapshot } from "../model/snapshot";

const text = (value: string) => ({ value, kind: "text" as const });
const budget: WorkbookSnapshot = {
  sheets: [{ name: "Budget 2024", rows: [[text("Item"), text("Amount")]] }],
};

describe("hasCommitteeSheets", () => {
  it("is false for a workbook none of whose sheets is a form sheet", () => {
    expect(hasCommitteeSheets(budget)).toBe(false);
    expect(hasCommitteeSheets({ sheets: [] })).toBe(false);
  });

  it("finds a form sheet by any accepted spelling of its name, optional sheets too", () => {
    expect(
      hasCommitteeSheets({ sheets: [...budget.sheets, { name: "TO CHUC CO SO DANG", rows: [] }] })
    ).toBe(true);
    expect(hasCommitteeSheets({ sheets: [{ name: "Goals", rows: [] }] })).toBe(true);
  });

  it("counts a sheet that the saved header mapping names", () => {
    expect(
      hasCommitteeSheets(withMapping(budget, { sheets: { units: "Budget 2024" }, columns: {} }))
    ).toBe(true);
  });
});
