/**
 * Test-only builders for small snapshots: a cell from a plain value, a sheet
 * from rows, and a clean committee workbook that tests change one cell of.
 */
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "../../src/core";
import type { SheetId } from "../../src/core";

export type CellInput = CellSnapshot | number | string | boolean | null | undefined;

export function num(value: number, numberFormat?: string): CellSnapshot {
  return numberFormat ? { kind: "number", value, numberFormat } : { kind: "number", value };
}

export function text(value: string): CellSnapshot {
  return { kind: "text", value };
}

export function error(value: string): CellSnapshot {
  return { kind: "error", value, formula: true };
}

/** A formula's cached result. */
export function formula(value: number | string | boolean, numberFormat?: string): CellSnapshot {
  const kind =
    typeof value === "number" ? "number" : typeof value === "boolean" ? "boolean" : "text";
  return { kind, value, formula: true, ...(numberFormat ? { numberFormat } : {}) };
}

export function toCell(input: CellInput): CellSnapshot | null {
  if (input === null || input === undefined) return null;
  if (typeof input === "number") return num(input);
  if (typeof input === "string") return text(input);
  if (typeof input === "boolean") return { kind: "boolean", value: input };
  return input;
}

export function sheet(
  name: string,
  rows: ReadonlyArray<ReadonlyArray<CellInput> | null>
): SheetSnapshot {
  return { name, rows: rows.map((row) => (row === null ? null : row.map(toCell))) };
}

export function workbook(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets };
}

export type Rows = CellInput[][];

/**
 * A clean committee workbook (Vietnamese sheet names and headers): 6 units, every
 * check passing, every default goal met. Each sheet's rows start with the header.
 */
export function cleanRows(): Record<SheetId, Rows> {
  return {
    units: [
      ["Mã", "Tên tổ chức", "Loại hình", "Số đảng viên"],
      ["X01", "Đảng bộ xã Kim Long", "Đảng bộ xã, thị trấn", 320],
      ["X02", "Đảng bộ xã Hướng Đạo", "commune", 280],
      ["X03", "Đảng bộ thị trấn Hợp Hòa", "Đảng bộ xã, thị trấn", 410],
      ["CQ1", "Đảng bộ Cơ quan Huyện", "Đảng bộ cơ quan", 150],
      ["CB1", "Chi bộ Trường THPT Tam Dương", "Chi bộ trực thuộc", 45],
      ["CB2", "Chi bộ Bệnh viện Đa khoa", "cell", 60],
    ],
    admissions: [
      ["Mã", "Chỉ tiêu", "Đã kết nạp", "Tỷ lệ đạt (%)"],
      ["X01", 10, 10, 100],
      ["X02", 8, 9, 112.5],
      ["X03", 12, 12, 100],
      ["CQ1", 4, 4, 100],
      ["CB1", 1, 1, 100],
      ["CB2", 0, 0, null],
    ],
    "village-heads": [
      ["Mã", "Số thôn, tổ dân phố", "Là đảng viên đầu năm", "Là đảng viên hiện nay", "Tỷ lệ (%)"],
      ["X01", 12, 10, 12, 100],
      ["X02", 14, 11, 13, 92.86],
      ["X03", 10, 8, 9, 90],
    ],
    "private-units": [
      ["Mã", "Chỉ tiêu", "Đã thành lập"],
      ["X01", 1, 1],
      ["CQ1", 1, 1],
    ],
    "leader-targets": [
      ["Người đứng đầu", "Chức vụ", "Mã đơn vị", "Chỉ tiêu", "Mục tiêu", "Kết quả", "Chiều"],
      ["Nguyễn Văn An", "Bí thư", "X01", "Kết nạp đảng viên mới", 10, 10, "Cao hơn là tốt"],
      ["Trần Thị Bình", "Bí thư", "X02", "Số vụ vi phạm", 2, 1, "Thấp hơn là tốt"],
      ["Lê Văn Cường", "Bí thư", "CQ1", "Thu nhập bình quân (triệu đồng)", 5.5, 6, null],
    ],
    goals: [["Chỉ số", "Điều kiện", "Giá trị", "Phạm vi"]],
    summary: [
      ["Nội dung", "Số liệu"],
      ["Số tổ chức cơ sở đảng", 6],
      ["Số đảng ủy xã, thị trấn (không tính)", 3],
      ["Số đảng viên", 1265],
      ["Số thôn, tổ dân phố", 36],
      ["Tỷ lệ trưởng thôn, tổ dân phố là đảng viên (%)", 94.44],
    ],
  };
}

const VI_NAMES: Record<SheetId, string> = {
  units: "Tổ chức cơ sở đảng",
  admissions: "Kết nạp đảng viên",
  "village-heads": "Trưởng thôn, tổ dân phố",
  "private-units": "Tổ chức đảng ngoài nhà nước",
  "leader-targets": "Giao chỉ tiêu người đứng đầu",
  goals: "Mục tiêu",
  summary: "Tổng hợp",
};

/** The workbook of `rows` (Vietnamese sheet names unless `names` says otherwise); a sheet set to null is left out. */
export function committeeWorkbook(
  rows: Partial<Record<SheetId, Rows | null>> = cleanRows(),
  names: Partial<Record<SheetId, string>> = {}
): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = [];
  for (const id of Object.keys(VI_NAMES) as SheetId[]) {
    const sheetRows = rows[id];
    if (sheetRows) sheets.push(sheet(names[id] ?? VI_NAMES[id], sheetRows));
  }
  return { sheets };
}

/** cleanRows() with `change` applied: the usual way a test makes one mistake. */
export function withRows(change: (rows: Record<SheetId, Rows>) => void): WorkbookSnapshot {
  const rows = cleanRows();
  change(rows);
  return committeeWorkbook(rows);
}
