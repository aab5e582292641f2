import ExcelJS from "exceljs";

/** Writes a real .xlsx in memory: `fill` shapes the workbook, the bytes are what a user's file would hold. */
export async function buildXlsx(fill: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
