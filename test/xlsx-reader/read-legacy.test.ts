/**
 * .xls and .ods through SheetJS (@e965/xlsx): the same snapshot as the .xlsx reader gives, bounded,
 * and refused with a reason when it cannot be read.
 */
import * as XLSX from "@e965/xlsx";
import JSZip from "jszip";
import { UnreadableWorkbookError, readWorkbook } from "../../src/xlsx";
import { LEGACY_LIMITS } from "../../src/xlsx/read-legacy";
import { declaredInflatedSize } from "../../src/xlsx/zip-entries";

async function reasonFor(bytes: Uint8Array): Promise<string> {
  try {
    await readWorkbook(bytes);
    return "read";
  } catch (error) {
    return error instanceof UnreadableWorkbookError ? error.reason : `threw ${String(error)}`;
  }
}

/** A workbook written by SheetJS itself in the given format (values, a formula, an error, a merge, a percent format). */
function written(bookType: "xls" | "ods" | "biff8"): Uint8Array {
  const sheet = XLSX.utils.aoa_to_sheet([
    ["BÁO CÁO"],
    ["Mã", "Số thôn, tổ dân phố", "Tỷ lệ (%)"],
    ["X01", 12, 0.9167],
  ]);
  sheet["!merges"] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 2 } }];
  sheet.C3.z = "0.00%";
  sheet.D3 = { t: "n", v: 24, f: "B3*2" };
  sheet.E3 = { t: "e", v: 0x07 };
  sheet["!ref"] = "A1:E3";
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, "Trưởng thôn, tổ dân phố");
  return new Uint8Array(
    XLSX.write(book, { type: "array", bookType: bookType === "xls" ? "biff8" : bookType })
  );
}

describe("reading .xls and .ods", () => {
  test.each([["xls"], ["ods"]] as const)(
    "%s: values, number formats, merges, formula results and errors",
    async (format) => {
      const snapshot = await readWorkbook(written(format));
      const [sheet] = snapshot.sheets;
      expect(sheet.name).toBe("Trưởng thôn, tổ dân phố");
      expect(sheet.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
      expect(sheet.rows[1]?.[1]).toMatchObject({ value: "Số thôn, tổ dân phố", kind: "text" });
      expect(sheet.rows[2]?.[1]).toMatchObject({ value: 12, kind: "number" });
      expect(sheet.rows[2]?.[2]).toMatchObject({
        value: 0.9167,
        kind: "number",
        numberFormat: "0.00%",
      });
      // A formula's cached result is its value (SheetJS writes the result; whether it keeps the formula is its own matter).
      expect(sheet.rows[2]?.[3]).toMatchObject({ value: 24, kind: "number" });
      // SheetJS's own .ods writer leaves error cells out; LibreOffice's fixtures cover them (test/spec/libreoffice).
      if (format === "xls")
        expect(sheet.rows[2]?.[4]).toMatchObject({ value: "#DIV/0!", kind: "error" });
    }
  );

  test("a password-protected file (an OLE file with EncryptionInfo) is refused as encrypted", async () => {
    const CFB = (
      XLSX as unknown as {
        CFB: {
          utils: {
            cfb_new(): unknown;
            cfb_add(cfb: unknown, name: string, data: Uint8Array): void;
          };
          write(cfb: unknown, o: { type: "array" }): number[];
        };
      }
    ).CFB;
    const cfb = CFB.utils.cfb_new();
    CFB.utils.cfb_add(cfb, "/EncryptionInfo", new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]));
    CFB.utils.cfb_add(cfb, "/EncryptedPackage", new Uint8Array(200));
    expect(await reasonFor(new Uint8Array(CFB.write(cfb, { type: "array" })))).toBe("encrypted");
  });

  test("a file beyond the size bound is refused as too large, before it is parsed", async () => {
    const big = new Uint8Array(LEGACY_LIMITS.fileBytes + 1);
    big.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await reasonFor(big)).toBe("too-large");
  });

  test("an .ods is judged by what its entries declare they inflate to", async () => {
    const zip = new JSZip();
    zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", {
      compression: "STORE",
    });
    zip.file("content.xml", "0".repeat(1 << 20));
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect(bytes.length).toBeLessThan(1 << 16);
    expect(declaredInflatedSize(bytes)).toBeGreaterThanOrEqual(1 << 20);
    // Not a real spreadsheet: refused as damaged or not a workbook, never thrown as something else.
    expect(["damaged", "not-xlsx", "read"]).toContain(await reasonFor(bytes));
  });

  test("a truncated .xls is refused with a reason", async () => {
    const bytes = written("xls");
    expect(["damaged", "encrypted", "not-xlsx"]).toContain(await reasonFor(bytes.slice(0, 600)));
  });
});
