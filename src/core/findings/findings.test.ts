import { FindingList } from "./findings";

describe("FindingList", () => {
  it("renders the message with the field’s header in the language and leaves absent fields out", () => {
    const list = new FindingList("en");
    list.add(
      "required-cell",
      { sheet: "Units", order: 0, sheetId: "units", row: 1, col: 3 },
      { field: "members" }
    );
    list.add(
      "missing-sheet",
      { sheet: "Admissions", order: -6 },
      { params: { sheet: "Admissions", en: "Admissions", vi: "Kết nạp đảng viên" } }
    );
    const [missing, required] = list.sorted();
    expect(required).toEqual({
      code: "required-cell",
      severity: "error",
      sheet: "Units",
      cell: "D2",
      field: "members",
      message: "“Party members” is empty. Fill in this cell.",
    });
    expect(Object.keys(missing).sort()).toEqual(["code", "message", "severity", "sheet"]);
  });

  it("sorts by sheet, row and column, sheet-level findings first, then in the order raised", () => {
    const list = new FindingList("vi");
    const add = (order: number, row?: number, col?: number) =>
      list.add("negative", { sheet: `S${order}`, order, row, col }, { actual: row ?? -1 });
    add(1, 5, 0);
    add(0, 9, 2);
    add(0, 9, 1);
    add(1);
    add(0, 2, 7);
    expect(list.sorted().map((finding) => `${finding.sheet}!${finding.cell ?? "-"}`)).toEqual([
      "S0!H3",
      "S0!B10",
      "S0!C10",
      "S1!-",
      "S1!A6",
    ]);
  });
});
