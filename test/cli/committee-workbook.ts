import ExcelJS from "exceljs";
import { SHEETS } from "../../src/core";
import type { SheetId } from "../../src/core";

export interface CommitteeOptions {
  /** Heads who are members now in Kim Long, which has 12 villages; more than 12 is an error. */
  readonly membersNow?: number;
  /** Kim Long's party members as typed (a number, or text such as `6,300`). */
  readonly kimLongMembers?: number | string;
}

function headers(id: SheetId, fields: string[]): string[] {
  return fields.map((field) => {
    const def = SHEETS[id].fields.find((candidate) => candidate.id === field);
    if (!def) throw new Error(`no field ${field} on ${id}`);
    return def.headers.vi;
  });
}

/** A small committee workbook as staff would type it (Vietnamese sheet names and headers, a title row). */
export async function committeeWorkbook(options: CommitteeOptions = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = (id: SheetId, fields: string[], rows: ExcelJS.CellValue[][]) => {
    const worksheet = workbook.addWorksheet(SHEETS[id].names.vi);
    worksheet.addRow([`ĐẢNG BỘ HUYỆN TAM DƯƠNG — ${SHEETS[id].names.vi}`]);
    worksheet.addRow(headers(id, fields));
    for (const row of rows) worksheet.addRow(row);
  };
  sheet(
    "units",
    ["code", "name", "type", "members"],
    [
      ["X11", "Xã Kim Long", "Đảng bộ xã, thị trấn", options.kimLongMembers ?? 458],
      ["CB23", "Chi bộ Trường THPT Tam Dương", "Chi bộ trực thuộc", 38],
    ]
  );
  sheet(
    "admissions",
    ["code", "target", "admitted"],
    [
      ["X11", 12, 13],
      ["CB23", 3, 3],
    ]
  );
  sheet(
    "village-heads",
    ["code", "groups", "members_start", "members_now"],
    [["X11", 12, 10, options.membersNow ?? 11]]
  );
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** What a password-protected .xlsx (or an old .xls) starts with: an OLE compound file header. */
export function oleFile(): Uint8Array {
  const bytes = new Uint8Array(1536);
  bytes.set([
    0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0, 0, 0, 0, 0, 0x3e, 0, 0x03, 0, 0xfe,
    0xff,
  ]);
  return bytes;
}
