import { readSnapshot, readWorkbook } from "../../src/excel/read-snapshot";
import { validateWorkbook } from "../../src/core";
import { HIGHLIGHT_FORMULA } from "../../src/excel/marker";
import { committeeBook } from "./support/committee-book";
import { excelContext, NOT_LOADED } from "./support/fake-excel";
import { FakeWorkbook, key, typed } from "./support/fake-workbook";

function cellOf(
  snapshotRows: ReadonlyArray<ReadonlyArray<unknown> | null | undefined>,
  address: string
): unknown {
  const match = /^([A-Z]+)([0-9]+)$/.exec(address)!;
  const column = match[1].charCodeAt(0) - 65;
  return snapshotRows[Number(match[2]) - 1]?.[column] ?? null;
}

describe("readSnapshot", () => {
  it("places cells at their absolute row and column when the used range starts at C3", async () => {
    const book = new FakeWorkbook();
    book.addSheet(
      "Units",
      [
        ["Code", "Name"],
        ["X01", "Xã Kim Long"],
      ],
      "C3"
    );
    const { context } = excelContext(book);

    const snapshot = await readSnapshot(context);

    const rows = snapshot.sheets[0].rows;
    expect(snapshot.sheets.map((sheet) => sheet.name)).toEqual(["Units"]);
    expect(cellOf(rows, "C3")).toEqual({ value: "Code", kind: "text" });
    expect(cellOf(rows, "D4")).toEqual({ value: "Xã Kim Long", kind: "text" });
    expect(cellOf(rows, "A1")).toBeNull();
    expect(cellOf(rows, "B3")).toBeNull();
  });

  it("maps value types: errors, numbers stored as text, booleans, blanks and percentage formats", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Village heads", [
      ["Code", "Groups", "Rate %", "Note", "Flag"],
      ["X01", "6.300", { value: 0.9308, type: "Double", numberFormat: "0.00%" }, "#DIV/0!", true],
      [
        "X02",
        12,
        { value: "", type: "String", numberFormat: "General", formula: '=IF(B3>0,"","x")' },
        { value: "#REF!", type: "Error", numberFormat: "General", formula: "=#REF!+1" },
        false,
      ],
    ]);
    const { context } = excelContext(book);

    const rows = (await readSnapshot(context)).sheets[0].rows;

    expect(cellOf(rows, "B2")).toEqual({ value: "6.300", kind: "text" });
    expect(cellOf(rows, "C2")).toEqual({ value: 0.9308, kind: "number", numberFormat: "0.00%" });
    expect(cellOf(rows, "D2")).toEqual({ value: "#DIV/0!", kind: "error" });
    expect(cellOf(rows, "E2")).toEqual({ value: true, kind: "boolean" });
    expect(cellOf(rows, "B3")).toEqual({ value: 12, kind: "number" });
    // A formula that shows an empty string is an empty cell, still known to be a formula.
    expect(cellOf(rows, "C3")).toEqual({ value: null, kind: "empty", formula: true });
    expect(cellOf(rows, "D3")).toEqual({ value: "#REF!", kind: "error", formula: true });
    expect(cellOf(rows, "E3")).toEqual({ value: false, kind: "boolean" });
  });

  it("takes a formula’s cached result as its value, and text typed as =SUM(1) under the Text format as text", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Units", [
      ["Code", "Members"],
      ["X01", { value: 320, type: "Double", numberFormat: "#,##0", formula: "=300+20" }],
      [{ value: "=SUM(1)", type: "String", numberFormat: "@" }, 5],
    ]);
    const { context } = excelContext(book);

    const rows = (await readSnapshot(context)).sheets[0].rows;

    expect(cellOf(rows, "B2")).toEqual({
      value: 320,
      kind: "number",
      numberFormat: "#,##0",
      formula: true,
    });
    expect(cellOf(rows, "A3")).toEqual({ value: "=SUM(1)", kind: "text", numberFormat: "@" });
  });

  it("reads a normal committee workbook in 2 syncs, ready for the engine", async () => {
    const book = committeeBook();
    const { context, fake } = excelContext(book);

    const snapshot = await readSnapshot(context);

    expect(fake.syncCount).toBe(2);
    expect(snapshot.sheets).toHaveLength(7);
    const report = validateWorkbook(snapshot, { workbook: "tam-duong-2023.xlsx", lang: "vi" });
    expect(report.counts.error).toBe(0);
    expect(report.ready).toBe(true);
  });

  it("reports progress as fractions ending at 1", async () => {
    const { context } = excelContext(committeeBook());
    const fractions: number[] = [];

    await readSnapshot(context, (fraction) => fractions.push(fraction));

    expect(fractions.length).toBeGreaterThan(0);
    expect(fractions[fractions.length - 1]).toBe(1);
    expect(fractions.every((fraction) => fraction >= 0 && fraction <= 1)).toBe(true);
  });

  it("learns protection, visibility and our earlier highlights in the same two syncs", async () => {
    const book = committeeBook();
    const units = book.sheet("Tổ chức cơ sở đảng");
    units.protected = true;
    book.sheet("Tổng hợp").visibility = "Hidden";
    book.workbookProtected = true;
    units.conditionalFormats.push(
      {
        id: "ours",
        type: "Custom",
        row: 1,
        column: 1,
        rowCount: 1,
        columnCount: 1,
        formula: HIGHLIGHT_FORMULA,
        fill: "#FFC7CE",
      },
      {
        id: "users",
        type: "Custom",
        row: 1,
        column: 3,
        rowCount: 6,
        columnCount: 1,
        formula: "=D2>400",
        fill: "#00FF00",
      },
      { id: "scale", type: "ColorScale", row: 1, column: 3, rowCount: 6, columnCount: 1 }
    );
    book.settings.set(
      "committeeCheckMade",
      JSON.stringify({
        highlights: [{ sheetId: book.sheet("Tổ chức cơ sở đảng").id, ids: ["ours"] }],
      })
    );
    const { context, fake } = excelContext(book);

    const { layout, snapshot } = await readWorkbook(context);

    expect(fake.syncCount).toBe(2);
    expect(layout.workbookProtected).toBe(true);
    const unitsLayout = layout.sheets.find((sheet) => sheet.name === "Tổ chức cơ sở đảng")!;
    expect(unitsLayout).toMatchObject({
      protected: true,
      visible: true,
      ourHighlightIds: ["ours"],
    });
    expect(layout.sheets.find((sheet) => sheet.name === "Tổng hợp")).toMatchObject({
      visible: false,
      protected: false,
    });
    // Hidden sheets are still checked.
    expect(snapshot.sheets.map((sheet) => sheet.name)).toContain("Tổng hợp");
  });

  it("leaves our own (recorded) report sheet out of the snapshot but reads a user sheet that only shares its name", async () => {
    const book = committeeBook();
    const ours = book.addSheet("Kết quả kiểm tra", [
      ["Committee Check — Kết quả kiểm tra biểu mẫu đảng bộ"],
      ["Bảng tính", "x.xlsx"],
    ]);
    book.settings.set(
      "committeeCheckMade",
      JSON.stringify({ reportSheet: { id: ours.id, used: "0,0,2,2" }, highlights: [] })
    );
    book.addSheet("Check report", [["My own notes"], ["keep", 1]]);
    const { context, fake } = excelContext(book);

    const { snapshot, layout } = await readWorkbook(context);

    const names = snapshot.sheets.map((sheet) => sheet.name);
    expect(names).not.toContain("Kết quả kiểm tra");
    expect(names).toContain("Check report");
    const own = snapshot.sheets.find((sheet) => sheet.name === "Check report")!;
    expect(cellOf(own.rows, "B2")).toEqual({ value: 1, kind: "number" });
    expect(layout.sheets.find((sheet) => sheet.name === "Kết quả kiểm tra")).toMatchObject({
      ourReport: true,
    });
    expect(layout.sheets.find((sheet) => sheet.name === "Check report")).toMatchObject({
      ourReport: false,
      reportKept: false,
    });
    // A sheet named like ours is an ordinary sheet now: read with the others, in the same two syncs.
    expect(fake.syncCount).toBe(2);
  });

  it("reads empty sheets as empty", async () => {
    const book = committeeBook();
    book.addSheet("Sheet3");
    const { context } = excelContext(book);

    const snapshot = await readSnapshot(context);

    expect(snapshot.sheets.find((sheet) => sheet.name === "Sheet3")?.rows).toEqual([]);
  });

  it("reads a workbook with none of the committee sheets in full, so the pane can say so and offer to map its sheets", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Budget 2024", [["Item", "Amount"]]);
    const { context, fake } = excelContext(book);

    const snapshot = await readSnapshot(context);

    expect(snapshot.sheets.map((sheet) => sheet.name)).toEqual(["Budget 2024"]);
    expect(snapshot.sheets[0].rows[0]?.map((cell) => cell?.value)).toEqual(["Item", "Amount"]);
    expect(fake.syncCount).toBe(2);
  });

  it("turns cell-edit mode into HostError(editing)", async () => {
    const book = committeeBook();
    book.editing = true;
    const { context } = excelContext(book);

    await expect(readSnapshot(context)).rejects.toMatchObject({
      name: "HostError",
      reason: "editing",
    });
  });

  it("does not read a property it did not load (the mock reports it as not loaded)", async () => {
    const book = committeeBook();
    const { context } = excelContext(book);
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();

    expect(sheets.items[0].name).toBe("Tổ chức cơ sở đảng");
    expect(sheets.items[0].visibility).toBe(NOT_LOADED);
    expect(book.sheet("Tổ chức cơ sở đảng").cells.get(key(0, 0))).toEqual(typed("Mã"));
  });
});
