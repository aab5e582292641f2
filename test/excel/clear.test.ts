import { validateWorkbook } from "../../src/core";
import { clear } from "../../src/excel/clear";
import { readWorkbook } from "../../src/excel/read-snapshot";
import { showReport } from "../../src/excel/show-report";
import { committeeBook } from "./support/committee-book";
import { excelContext } from "./support/fake-excel";
import { key, type FakeWorkbook } from "./support/fake-workbook";

const UNITS = "Tổ chức cơ sở đảng";

/** A workbook with mistakes, the user's own formatting and conditional format, and its state before any check. */
function decoratedBook(): { book: FakeWorkbook; before: unknown[]; sheetNames: string[] } {
  const book = committeeBook((rows) => {
    rows.units[2][3] = -5;
    rows.units[3][3] = "6.300";
    rows.admissions[1][2] = "#DIV/0!";
  });
  const units = book.sheet(UNITS);
  units.cells.set(key(2, 3), {
    ...units.cells.get(key(2, 3))!,
    fill: "#FFFF00",
    numberFormat: "#,##0",
    bold: true,
  });
  units.conditionalFormats.push({
    id: "users",
    type: "Custom",
    row: 1,
    column: 3,
    rowCount: 6,
    columnCount: 1,
    formula: "=D2>400",
    fill: "#00FF00",
  });
  units.conditionalFormats.push({
    id: "scale",
    type: "ColorScale",
    row: 1,
    column: 3,
    rowCount: 6,
    columnCount: 1,
  });
  return {
    book,
    before: book.sheets.map((sheet) => book.userView(sheet.name)),
    sheetNames: book.sheets.map((sheet) => sheet.name),
  };
}

async function validate(book: FakeWorkbook): Promise<void> {
  const { context } = excelContext(book);
  const { snapshot, layout } = await readWorkbook(context);
  await showReport(context, validateWorkbook(snapshot, { workbook: "x.xlsx", lang: "vi" }), "vi", {
    layout,
  });
}

describe("clear", () => {
  it("restores every value, format and the user’s own conditional formats exactly as before validating", async () => {
    const { book, before, sheetNames } = decoratedBook();
    await validate(book);
    expect(book.sheet(UNITS).conditionalFormats.length).toBeGreaterThan(2);
    expect(book.sheets.map((sheet) => sheet.name)).toContain("Kết quả kiểm tra");

    const { context, fake } = excelContext(book);
    await clear(context);

    expect(book.sheets.map((sheet) => sheet.name)).toEqual(sheetNames);
    expect(book.sheets.map((sheet) => book.userView(sheet.name))).toEqual(before);
    expect(book.sheet(UNITS).conditionalFormats.map((format) => format.id)).toEqual([
      "users",
      "scale",
    ]);
    expect(fake.syncCount).toBe(3);
  });

  it("leaves a user’s sheet that carries the report’s name alone", async () => {
    const { book } = decoratedBook();
    book.addSheet("Check report", [["My notes"]]);
    const { context } = excelContext(book);

    await clear(context);

    expect(book.cell("Check report", "A1").value).toBe("My notes");
  });

  it("does nothing (and takes no write sync) when there is nothing of ours", async () => {
    const { book, before } = decoratedBook();
    const { context, fake } = excelContext(book);

    await clear(context);

    expect(book.sheets.map((sheet) => book.userView(sheet.name))).toEqual(before);
    expect(fake.syncCount).toBe(2);
  });

  it("says which protected sheets keep their highlights, after removing the rest", async () => {
    const { book } = decoratedBook();
    await validate(book);
    book.sheet(UNITS).protected = true;
    const { context } = excelContext(book);

    await expect(clear(context)).rejects.toMatchObject({ name: "HostError", reason: "protected" });

    expect(book.sheets.map((sheet) => sheet.name)).not.toContain("Kết quả kiểm tra");
    expect(book.sheet("Kết nạp đảng viên").conditionalFormats).toHaveLength(0);
  });

  it("turns cell-edit mode into HostError(editing)", async () => {
    const { book } = decoratedBook();
    book.editing = true;
    const { context } = excelContext(book);

    await expect(clear(context)).rejects.toMatchObject({ name: "HostError", reason: "editing" });
  });
});
