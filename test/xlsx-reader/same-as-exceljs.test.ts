/**
 * The streaming reader gives the engine the same workbook as the exceljs reader it replaced: same cells
 * (after dropping trailing empties), same reports byte for byte, on the samples and on random workbooks
 * written with exceljs. (Every spec-suite workbook is compared too, in test/spec/support/check.ts.)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { validateWorkbook, type Lang, type WorkbookSnapshot } from "../../src/core";
import { readWorkbook } from "../../src/xlsx";
import { writeTemplate } from "../../src/xlsx/write-template";
import { comparable, readWithExceljs } from "../support/exceljs-reader";

const RUNS = Number(process.env.PROPERTY_RUNS ?? "") || 30;
const SAMPLES = join(__dirname, "..", "..", "assets", "samples");

function reportJson(snapshot: WorkbookSnapshot, lang: Lang): string {
  return JSON.stringify(
    validateWorkbook(snapshot, {
      workbook: "book.xlsx",
      lang,
      locale: lang === "vi" ? "vi-VN" : "en-US",
    }),
    null,
    2
  );
}

async function expectSame(bytes: Uint8Array): Promise<void> {
  const ours = await readWorkbook(bytes);
  const theirs = await readWithExceljs(bytes);
  expect(comparable(ours)).toEqual(comparable(theirs));
  for (const lang of ["vi", "en"] as const)
    expect(reportJson(ours, lang)).toBe(reportJson(theirs, lang));
}

describe("the streaming reader against the exceljs reader", () => {
  it.each(["tam-duong-2023.xlsx", "tam-duong-2023-mistakes.xlsx"])(
    "gives the same snapshot and reports on the sample %s",
    async (file) => {
      await expectSame(readFileSync(join(SAMPLES, file)));
    }
  );

  it.each(["vi", "en"] as const)(
    "gives the same snapshot and reports on the standard template (%s)",
    async (lang) => {
      await expectSame(await writeTemplate(lang));
    }
  );

  const text = fc.oneof(
    fc.constantFrom(
      "Mã",
      "Tên tổ chức",
      "Xã Kim Long",
      "X01",
      "6.300",
      "93,08",
      " ",
      "quyền",
      "<&>\"'"
    ),
    fc.string({ maxLength: 12 })
  );
  const value: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
    fc.integer({ min: -1000, max: 100_000 }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    text,
    fc.boolean(),
    fc
      .constantFrom("#DIV/0!", "#N/A", "#REF!")
      .map((error) => ({ error }) as ExcelJS.CellErrorValue),
    fc
      .array(text, { minLength: 1, maxLength: 3 })
      .map((runs) => ({ richText: runs.map((t) => ({ text: t, font: { bold: true } })) })),
    fc
      .tuple(
        fc.constantFrom("A1*2", "SUM(B1:B3)", 'IF(A1="","",1)'),
        fc.oneof(fc.constant(undefined), fc.integer(), text, fc.boolean())
      )
      .map(([formula, result]) => ({ formula, result }) as ExcelJS.CellFormulaValue),
    fc.integer({ min: 0, max: 3_000_000_000_000 }).map((ms) => new Date(ms))
  );
  const format = fc.constantFrom(
    undefined,
    "0.00",
    "#,##0",
    "0.00%",
    "@",
    "dd/mm/yyyy",
    "mm-dd-yy",
    "[h]:mm",
    '"năm" 0'
  );
  const cell = fc.record({
    row: fc.integer({ min: 1, max: 12 }),
    col: fc.integer({ min: 1, max: 8 }),
    value,
    format,
    font: fc.constantFrom(undefined, ".VnTime", "Arial"),
  });
  const sheet = fc.record({
    name: fc.constantFrom("Tổ chức cơ sở đảng", "Units", "Kết nạp đảng viên", "Mục tiêu"),
    cells: fc.array(cell, { maxLength: 40 }),
    merge: fc.option(
      fc.tuple(
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 2 })
      )
    ),
  });

  it("gives the same snapshot and reports on random workbooks written with exceljs", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(sheet, { minLength: 1, maxLength: 3 }), async (sheets) => {
        const workbook = new ExcelJS.Workbook();
        sheets.forEach((spec, i) => {
          const worksheet = workbook.addWorksheet(`${spec.name} ${i}`);
          for (const c of spec.cells) {
            const target = worksheet.getCell(c.row, c.col);
            target.value = c.value;
            if (c.format) target.numFmt = c.format;
            if (c.font) target.font = { name: c.font };
          }
          if (spec.merge) {
            const [top, left, down, across] = spec.merge;
            if (down + across > 0) worksheet.mergeCells(top, left, top + down, left + across);
          }
        });
        const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
        await expectSame(bytes);
      }),
      { numRuns: RUNS, seed: 20261130 }
    );
  }, 600_000);

  it("gives the font name of a cell whose font is not the default, and merges as ranges", async () => {
    const workbook = new ExcelJS.Workbook();
    const worksheet = workbook.addWorksheet("Tổ chức cơ sở đảng");
    worksheet.getCell("A1").value = "Tªn tæ chøc";
    worksheet.getCell("A1").font = { name: ".VnTime" };
    worksheet.getCell("B1").value = "Mã";
    worksheet.getCell("C3").value = "gộp";
    worksheet.mergeCells("C3:E4");
    const snapshot = await readWorkbook(
      new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer)
    );
    const [sheet] = snapshot.sheets;
    expect(sheet.rows[0]?.[0]).toMatchObject({ value: "Tªn tæ chøc", font: ".VnTime" });
    expect(sheet.rows[0]?.[1]?.font).toBeUndefined();
    expect(sheet.merges).toEqual([{ top: 2, left: 2, bottom: 3, right: 4 }]);
    expect(sheet.rows[2]?.[2]).toMatchObject({ value: "gộp" });
    expect(sheet.rows[3]?.[3] ?? null).toBeNull();
  });
});
