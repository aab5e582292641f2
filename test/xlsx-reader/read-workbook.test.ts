import type ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbook } from "../../src/xlsx";
import { checkWorkbook } from "../../src/core";
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "../../src/core";
import { buildXlsx } from "./build-xlsx";

function cellAt(sheet: SheetSnapshot, address: string): CellSnapshot | null | undefined {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) throw new Error(`bad address ${address}`);
  let col = 0;
  for (const letter of match[1]) col = col * 26 + (letter.charCodeAt(0) - 64);
  return sheet.rows[Number(match[2]) - 1]?.[col - 1];
}

async function roundTrip(
  fill: (sheet: ExcelJS.Worksheet) => void,
  name = "Tổ chức cơ sở đảng"
): Promise<SheetSnapshot> {
  const bytes = await buildXlsx((workbook) => fill(workbook.addWorksheet(name)));
  const snapshot: WorkbookSnapshot = await readWorkbook(bytes);
  return snapshot.sheets[0];
}

describe("readWorkbook: values as the user sees them", () => {
  it("keeps numbers, text and booleans with their kinds", async () => {
    const sheet = await roundTrip((ws) => {
      ws.getCell("A1").value = 6300;
      ws.getCell("B1").value = "Xã Kim Long";
      ws.getCell("C1").value = true;
      ws.getCell("D1").value = false;
    });
    expect(cellAt(sheet, "A1")).toMatchObject({ value: 6300, kind: "number" });
    expect(cellAt(sheet, "B1")).toMatchObject({ value: "Xã Kim Long", kind: "text" });
    expect(cellAt(sheet, "C1")).toMatchObject({ value: true, kind: "boolean" });
    expect(cellAt(sheet, "D1")).toMatchObject({ value: false, kind: "boolean" });
  });

  it("keeps the sheet names as on the tabs, in tab order", async () => {
    const bytes = await buildXlsx((workbook) => {
      workbook.addWorksheet("Tổ chức cơ sở đảng").getCell("A1").value = 1;
      workbook.addWorksheet("Trưởng thôn, tổ dân phố").getCell("A1").value = 2;
    });
    const snapshot = await readWorkbook(bytes);
    expect(snapshot.sheets.map((s) => s.name)).toEqual([
      "Tổ chức cơ sở đảng",
      "Trưởng thôn, tổ dân phố",
    ]);
  });

  it("gives a merged range's value to its top-left cell only", async () => {
    const sheet = await roundTrip((ws) => {
      ws.getCell("A1").value = "ĐẢNG BỘ HUYỆN TAM DƯƠNG";
      ws.mergeCells("A1:D2");
      ws.getCell("A3").value = "Mã";
    });
    expect(cellAt(sheet, "A1")).toMatchObject({ value: "ĐẢNG BỘ HUYỆN TAM DƯƠNG", kind: "text" });
    for (const address of ["B1", "C1", "D1", "A2", "B2", "D2"]) {
      expect(cellAt(sheet, address) ?? null).toBeNull();
    }
    expect(cellAt(sheet, "A3")).toMatchObject({ value: "Mã", kind: "text" });
  });

  it("reads a formula as its cached result and marks it", async () => {
    const sheet = await roundTrip((ws) => {
      ws.getCell("A1").value = 121;
      ws.getCell("B1").value = 130;
      ws.getCell("C1").value = { formula: "ROUND(A1/B1*100,2)", result: 93.08 };
      ws.getCell("D1").value = { formula: "A1-A1", result: 0 };
      ws.getCell("E1").value = { formula: 'IF(A1>0,"có","")', result: "có" };
    });
    expect(cellAt(sheet, "A1")).toMatchObject({ value: 121, kind: "number" });
    expect(cellAt(sheet, "A1")?.formula).toBeFalsy();
    expect(cellAt(sheet, "C1")).toMatchObject({ value: 93.08, kind: "number", formula: true });
    expect(cellAt(sheet, "D1")).toMatchObject({ value: 0, kind: "number", formula: true });
    expect(cellAt(sheet, "E1")).toMatchObject({ value: "có", kind: "text", formula: true });
  });

  it("reads shared formulas (a column filled down) with each cell's own cached result", async () => {
    const sheet = await roundTrip((ws) => {
      ws.getCell("A1").value = 3;
      ws.getCell("A2").value = 5;
      // exceljs writes a shared formula from these fields; its type does not list them.
      ws.getCell("B1").value = {
        formula: "A1*2",
        result: 6,
        shareType: "shared",
        ref: "B1:B2",
      } as ExcelJS.CellFormulaValue;
      ws.getCell("B2").value = { sharedFormula: "B1", result: 10 };
    });
    expect(cellAt(sheet, "B1")).toMatchObject({ value: 6, kind: "number", formula: true });
    expect(cellAt(sheet, "B2")).toMatchObject({ value: 10, kind: "number", formula: true });
  });

  it("reads a cached #DIV/0! and an error value as errors, never as [object Object]", async () => {
    const sheet = await roundTrip((ws) => {
      ws.getCell("A1").value = { formula: "B1/C1", result: { error: "#DIV/0!" } };
      ws.getCell("A2").value = { error: "#N/A" };
      ws.getCell("A3").value = { error: "#REF!" };
    });
    expect(cellAt(sheet, "A1")).toMatchObject({ value: "#DIV/0!", kind: "error", formula: true });
    expect(cellAt(sheet, "A2")).toMatchObject({ value: "#N/A", kind: "error" });
    expect(cellAt(sheet, "A3")).toMatchObject({ value: "#REF!", kind: "error" });
  });

  it('treats a formula without a cached result, or one that shows "", as blank', async () => {
    const sheet = await roundTrip((ws) => {
      ws.getCell("A1").value = { formula: "B1*2" } as ExcelJS.CellFormulaValue;
      ws.getCell("A2").value = { formula: 'IF(1,"","x")', result: "" };
    });
    expect(cellAt(sheet, "A1")).toMatchObject({ value: null, kind: "empty", formula: true });
    expect(cellAt(sheet, "A2")).toMatchObject({ value: null, kind: "empty", formula: true });
  });

  it("joins rich text and reads a hyperlink as its text", async () => {
    const sheet = await roundTrip((ws) => {
      ws.getCell("A1").value = {
        richText: [{ text: "Chi bộ " }, { text: "Trường THPT Tam Dương", font: { bold: true } }],
      };
      ws.getCell("A2").value = { text: "Xã Đạo Tú", hyperlink: "https://example.invalid/dao-tu" };
    });
    expect(cellAt(sheet, "A1")).toMatchObject({
      value: "Chi bộ Trường THPT Tam Dương",
      kind: "text",
    });
    expect(cellAt(sheet, "A2")).toMatchObject({ value: "Xã Đạo Tú", kind: "text" });
  });

  it("keeps the percentage format beside the stored fraction", async () => {
    const sheet = await roundTrip((ws) => {
      ws.getCell("A1").value = 0.9308;
      ws.getCell("A1").numFmt = "0.00%";
      ws.getCell("A2").value = { formula: "ROUND(121/130,4)", result: 0.9308 };
      ws.getCell("A2").numFmt = "0.00%";
    });
    expect(cellAt(sheet, "A1")).toEqual(
      expect.objectContaining({ value: 0.9308, kind: "number", numberFormat: "0.00%" })
    );
    expect(cellAt(sheet, "A2")).toEqual(
      expect.objectContaining({
        value: 0.9308,
        kind: "number",
        numberFormat: "0.00%",
        formula: true,
      })
    );
  });

  it("turns a date into its Excel serial number and keeps the date format", async () => {
    const sheet = await roundTrip((ws) => {
      ws.getCell("A1").value = new Date(Date.UTC(2023, 11, 31));
      ws.getCell("A1").numFmt = "dd/mm/yyyy";
      ws.getCell("A2").value = new Date(Date.UTC(2024, 0, 1, 12));
    });
    // 31/12/2023 is serial 45291 in Excel's 1900 system.
    expect(cellAt(sheet, "A1")).toMatchObject({
      value: 45291,
      kind: "number",
      numberFormat: "dd/mm/yyyy",
    });
    expect(cellAt(sheet, "A2")).toMatchObject({ value: 45292.5, kind: "number" });
  });

  it("leaves gaps empty: a blank row inside the data and cells never typed in", async () => {
    const sheet = await roundTrip((ws) => {
      ws.getCell("A1").value = "Mã";
      ws.getCell("C1").value = "Số đảng viên";
      ws.getCell("A4").value = "TT";
    });
    expect(sheet.rows).toHaveLength(4);
    expect(cellAt(sheet, "B1") ?? null).toBeNull();
    expect(sheet.rows[1] ?? null).toBeNull();
    expect(sheet.rows[2] ?? null).toBeNull();
    expect(cellAt(sheet, "A4")).toMatchObject({ value: "TT", kind: "text" });
  });

  it("accepts an ArrayBuffer as well as a Uint8Array", async () => {
    const bytes = await buildXlsx((workbook) => {
      workbook.addWorksheet("Mục tiêu").getCell("B2").value = 90;
    });
    const arrayBuffer = bytes.buffer.slice(
      bytes.byteOffset,
      bytes.byteOffset + bytes.byteLength
    ) as ArrayBuffer;
    const snapshot = await readWorkbook(arrayBuffer);
    expect(cellAt(snapshot.sheets[0], "B2")).toMatchObject({ value: 90, kind: "number" });
  });
});

describe("a workbook read from .xlsx, validated", () => {
  it("is checked from its sheets' grids: no array per row is ever made, and the report is the same", async () => {
    const bytes = readFileSync(
      join(__dirname, "..", "..", "assets", "samples", "phuong-kim-long-2026.xlsx")
    );
    const options = { workbook: "w.xlsx", lang: "vi", locale: "vi-VN" } as const;
    const expected = checkWorkbook(await readWorkbook(bytes), options).report;
    const snapshot = await readWorkbook(bytes);
    for (const sheet of snapshot.sheets) {
      // Reading a sheet's rows would build them: here it fails the test instead.
      Object.defineProperty(sheet, "rows", {
        get: () => {
          throw new Error(`the rows of ${sheet.name} were built`);
        },
      });
    }
    expect(checkWorkbook(snapshot, options).report).toEqual(expected);
    expect(expected.indicators.length).toBeGreaterThan(3);
  });
});
