/**
 * Builds assets/samples/phuong-kim-long-2026.xlsx: a ward committee's workbook for 2026 as staff
 * fill a biểu mẫu — title block, a numbering column, headers over two rows with merged group
 * headings, a column-number row, group rows with subtotals, a totals row, a signature footer,
 * and village (residential-group) cells. The figures are illustrative and agree with each other;
 * the workbook validates with no error. Run: npx tsx scripts/make-ward-sample.ts (or npm run samples).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";

export const WARD_SAMPLE_FILE = "phuong-kim-long-2026.xlsx";
const FIXED_DATE = new Date(Date.UTC(2026, 11, 15, 8, 0, 0));
const COMMITTEE = "Đảng bộ phường Kim Long";
const YEAR = 2026;

interface Unit {
  code: string;
  name: string;
  type: string;
  members: number;
  target: number;
  admitted: number;
  /** Village cells only: heads who are party members at the start of the year and now. */
  heads?: [start: number, now: number];
}

/** Twelve residential-group cells and three cells of agencies and schools. */
const UNITS: Unit[] = [
  ...[
    [42, 2, 2, 1, 1],
    [38, 1, 1, 1, 1],
    [51, 2, 3, 1, 1],
    [29, 1, 1, 0, 1],
    [33, 1, 1, 1, 1],
    [47, 2, 2, 1, 1],
    [26, 1, 0, 0, 0],
    [40, 2, 2, 1, 1],
    [35, 1, 1, 1, 1],
    [44, 2, 2, 1, 1],
    [31, 1, 1, 0, 1],
    [37, 1, 1, 1, 1],
  ].map(([members, target, admitted, start, now], i) => ({
    code: `TDP${String(i + 1).padStart(2, "0")}`,
    name: `Chi bộ Tổ dân phố ${i + 1}`,
    type: "Chi bộ tổ dân phố",
    members,
    target,
    admitted,
    heads: [start, now] as [number, number],
  })),
  {
    code: "CB01",
    name: "Chi bộ Trường Tiểu học Kim Long",
    type: "Chi bộ trực thuộc",
    members: 18,
    target: 1,
    admitted: 1,
  },
  {
    code: "CB02",
    name: "Chi bộ Trạm Y tế phường",
    type: "Chi bộ trực thuộc",
    members: 9,
    target: 0,
    admitted: 0,
  },
  {
    code: "CB03",
    name: "Chi bộ Công an phường",
    type: "Chi bộ trực thuộc",
    members: 24,
    target: 1,
    admitted: 1,
  },
];

const VILLAGES = UNITS.filter((unit) => unit.heads);
const CELLS = UNITS.filter((unit) => !unit.heads);
const sum = (units: Unit[], pick: (unit: Unit) => number) =>
  units.reduce((total, unit) => total + pick(unit), 0);
const round2 = (value: number) => Math.round(value * 100) / 100;

type Value = ExcelJS.CellValue;
const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

interface Layout {
  sheet: string;
  title: string;
  /** Upper header row: text per column, `null` under a group heading's span; merged down unless grouped. */
  upper: Array<string | null>;
  /** Lower header row: own texts under group headings; empty elsewhere. */
  lower: Array<string | null>;
  /** Group headings: [first column, last column] (0-based) merged across on the upper row. */
  groups: Array<[number, number]>;
  widths: number[];
}

function addSheet(
  workbook: ExcelJS.Workbook,
  layout: Layout
): { sheet: ExcelJS.Worksheet; next: () => number } {
  const sheet = workbook.addWorksheet(layout.sheet);
  const width = layout.upper.length;
  const last = String.fromCharCode(64 + width);
  sheet.getCell("A1").value = "ĐẢNG BỘ THÀNH PHỐ HUẾ";
  sheet.getCell("A2").value = "ĐẢNG ỦY PHƯỜNG KIM LONG";
  sheet.mergeCells(`A1:C1`);
  sheet.mergeCells(`A2:C2`);
  sheet.getCell(`${String.fromCharCode(64 + width - 1)}1`).value = "ĐẢNG CỘNG SẢN VIỆT NAM";
  for (const cell of ["A1", "A2"])
    sheet.getCell(cell).font = { name: "Times New Roman", bold: true };
  sheet.getCell("A4").value = layout.title;
  sheet.mergeCells(`A4:${last}4`);
  sheet.getCell("A4").font = { name: "Times New Roman", bold: true, size: 13 };
  sheet.getCell("A4").alignment = { horizontal: "center" };
  sheet.getCell("A5").value =
    `(Kèm theo Báo cáo số 45-BC/ĐU ngày 15/12/${YEAR} của Đảng ủy phường Kim Long)`;
  sheet.mergeCells(`A5:${last}5`);
  sheet.getCell("A5").alignment = { horizontal: "center" };
  // The header over rows 7 and 8.
  const grouped = new Set<number>();
  for (const [from, to] of layout.groups) for (let c = from; c <= to; c++) grouped.add(c);
  layout.upper.forEach((text, c) => {
    const cell = sheet.getCell(7, c + 1);
    if (text !== null) cell.value = text;
    if (!grouped.has(c)) sheet.mergeCells(7, c + 1, 8, c + 1);
  });
  layout.lower.forEach((text, c) => {
    if (text !== null) sheet.getCell(8, c + 1).value = text;
  });
  for (const [from, to] of layout.groups) sheet.mergeCells(7, from + 1, 7, to + 1);
  // The column-number row.
  for (let c = 0; c < width; c++) sheet.getCell(9, c + 1).value = `(${c + 1})`;
  for (let r = 7; r <= 9; r++) {
    for (let c = 1; c <= width; c++) {
      const cell = sheet.getCell(r, c);
      cell.font = { name: "Times New Roman", bold: r < 9, italic: r === 9 };
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      cell.border = BORDER;
    }
  }
  layout.widths.forEach((w, c) => (sheet.getColumn(c + 1).width = w));
  let row = 9;
  return { sheet, next: () => ++row };
}

function writeRow(
  sheet: ExcelJS.Worksheet,
  row: number,
  values: Value[],
  options: { bold?: boolean; formats?: Array<string | undefined> } = {}
): void {
  values.forEach((value, c) => {
    const cell = sheet.getCell(row, c + 1);
    if (value !== null && value !== undefined) cell.value = value;
    cell.border = BORDER;
    cell.font = { name: "Times New Roman", bold: options.bold };
    const format = options.formats?.[c];
    if (format) cell.numFmt = format;
  });
}

function footer(sheet: ExcelJS.Worksheet, start: number, width: number): void {
  const right = width - 1;
  const place = sheet.getCell(start + 1, right);
  place.value = `Kim Long, ngày 15 tháng 12 năm ${YEAR}`;
  place.font = { name: "Times New Roman", italic: true };
  const lines: Array<[string | null, string | null]> = [
    ["Nơi nhận:", "T/M ĐẢNG ỦY"],
    ["- Ban Tổ chức Thành ủy;", "BÍ THƯ"],
    ["- Thường trực Đảng ủy;", null],
    ["- Lưu Văn phòng Đảng ủy.", "(Ký tên, đóng dấu)"],
    [null, null],
    ["Người lập biểu", null],
    [null, null],
    ["Trần Thị Mai", "Nguyễn Văn Hùng"],
  ];
  lines.forEach(([left, signer], i) => {
    const row = start + 2 + i;
    if (left) sheet.getCell(row, 2).value = left;
    if (signer) {
      sheet.getCell(row, right).value = signer;
      sheet.getCell(row, right).font = { name: "Times New Roman", bold: i < 2 };
    }
  });
}

function unitsSheet(workbook: ExcelJS.Workbook): void {
  const { sheet, next } = addSheet(workbook, {
    sheet: "Tổ chức cơ sở đảng",
    title: `BIỂU 01: TỔ CHỨC CƠ SỞ ĐẢNG VÀ ĐẢNG VIÊN NĂM ${YEAR}`,
    upper: ["STT", "Mã số", "Tên tổ chức cơ sở đảng", "Loại hình", "Tổng số đảng viên"],
    lower: [null, null, null, null, null],
    groups: [],
    widths: [6, 10, 38, 24, 14],
  });
  const groupRow = (label: string, units: Unit[], marker: string) => {
    const row = next();
    writeRow(sheet, row, [marker, null, label, null, sum(units, (unit) => unit.members)], {
      bold: true,
    });
    return row;
  };
  const heading1 = groupRow("Chi bộ tổ dân phố", VILLAGES, "I");
  let n = 0;
  const first1 = heading1 + 1;
  for (const unit of VILLAGES)
    writeRow(sheet, next(), [++n, unit.code, unit.name, unit.type, unit.members]);
  const heading2 = groupRow("Chi bộ cơ quan, trường học, lực lượng vũ trang", CELLS, "II");
  for (const unit of CELLS)
    writeRow(sheet, next(), [++n, unit.code, unit.name, unit.type, unit.members]);
  const last = heading2 + CELLS.length;
  sheet.getCell(heading1, 5).value = {
    formula: `SUM(E${first1}:E${heading2 - 1})`,
    result: sum(VILLAGES, (unit) => unit.members),
  };
  sheet.getCell(heading2, 5).value = {
    formula: `SUM(E${heading2 + 1}:E${last})`,
    result: sum(CELLS, (unit) => unit.members),
  };
  const total = next();
  writeRow(
    sheet,
    total,
    [
      null,
      null,
      "Tổng cộng",
      null,
      { formula: `E${heading1}+E${heading2}`, result: sum(UNITS, (unit) => unit.members) },
    ],
    { bold: true }
  );
  footer(sheet, total + 1, 5);
}

function admissionsSheet(workbook: ExcelJS.Workbook): void {
  const { sheet, next } = addSheet(workbook, {
    sheet: "Kết nạp đảng viên",
    title: `BIỂU 02: KẾT QUẢ KẾT NẠP ĐẢNG VIÊN NĂM ${YEAR}`,
    upper: ["STT", "Mã", "Tên chi bộ", "Kết nạp đảng viên", null, "Tỷ lệ đạt (%)"],
    lower: [null, null, null, "Chỉ tiêu", "Đã kết nạp", null],
    groups: [[3, 4]],
    widths: [6, 10, 38, 12, 12, 14],
  });
  const formats = [undefined, undefined, undefined, "#,##0", "#,##0", "0.00"];
  const rate = (target: number, admitted: number) =>
    target === 0 ? null : round2((admitted / target) * 100);
  const group = (marker: string, label: string, units: Unit[]) => {
    const heading = next();
    const target = sum(units, (unit) => unit.target);
    const admitted = sum(units, (unit) => unit.admitted);
    writeRow(
      sheet,
      heading,
      [
        marker,
        null,
        label,
        { formula: `SUM(D${heading + 1}:D${heading + units.length})`, result: target },
        { formula: `SUM(E${heading + 1}:E${heading + units.length})`, result: admitted },
        rate(target, admitted),
      ],
      { bold: true, formats }
    );
    units.forEach((unit, i) =>
      writeRow(
        sheet,
        next(),
        [i + 1, unit.code, unit.name, unit.target, unit.admitted, rate(unit.target, unit.admitted)],
        { formats }
      )
    );
  };
  group("I", "Chi bộ tổ dân phố", VILLAGES);
  group("II", "Chi bộ cơ quan, trường học, lực lượng vũ trang", CELLS);
  const total = next();
  const target = sum(UNITS, (unit) => unit.target);
  const admitted = sum(UNITS, (unit) => unit.admitted);
  writeRow(sheet, total, [null, null, "Tổng cộng", target, admitted, rate(target, admitted)], {
    bold: true,
    formats,
  });
  footer(sheet, total + 1, 6);
}

function villageHeadsSheet(workbook: ExcelJS.Workbook): void {
  const { sheet, next } = addSheet(workbook, {
    sheet: "Trưởng thôn, tổ dân phố",
    title: `BIỂU 03: TỔ TRƯỞNG TỔ DÂN PHỐ LÀ ĐẢNG VIÊN NĂM ${YEAR}`,
    upper: ["STT", "Mã", "Tổ dân phố", "Số thôn, TDP", "Là đảng viên", null, "Tỷ lệ (%)"],
    lower: [null, null, null, null, "Đầu năm", "Hiện nay", null],
    groups: [[4, 5]],
    widths: [6, 10, 28, 12, 11, 11, 12],
  });
  const formats = [undefined, undefined, undefined, "#,##0", "#,##0", "#,##0", "0.00"];
  const heading = next();
  const now = sum(VILLAGES, (unit) => unit.heads![1]);
  const start = sum(VILLAGES, (unit) => unit.heads![0]);
  writeRow(
    sheet,
    heading,
    ["I", null, "Tổ dân phố", VILLAGES.length, start, now, round2((now / VILLAGES.length) * 100)],
    { bold: true, formats }
  );
  VILLAGES.forEach((unit, i) => {
    const row = next();
    writeRow(
      sheet,
      row,
      [
        i + 1,
        unit.code,
        unit.name.replace("Chi bộ ", ""),
        1,
        unit.heads![0],
        unit.heads![1],
        { formula: `ROUND(F${row}/D${row}*100,2)`, result: unit.heads![1] * 100 },
      ],
      { formats }
    );
  });
  const total = next();
  writeRow(
    sheet,
    total,
    [null, null, "Cộng", VILLAGES.length, start, now, round2((now / VILLAGES.length) * 100)],
    { bold: true, formats }
  );
  footer(sheet, total + 1, 7);
}

function summarySheet(workbook: ExcelJS.Workbook): void {
  const { sheet, next } = addSheet(workbook, {
    sheet: "Tổng hợp",
    title: `BIỂU 04: SỐ LIỆU TỔNG HỢP NĂM ${YEAR}`,
    upper: ["TT", "Nội dung", "Số liệu"],
    lower: [null, null, null],
    groups: [],
    widths: [6, 52, 26],
  });
  const groups = VILLAGES.length;
  const now = sum(VILLAGES, (unit) => unit.heads![1]);
  const items: Array<[string, Value]> = [
    ["Tên cấp ủy", COMMITTEE],
    ["Mã cấp ủy", "HUE-KL"],
    ["Năm", String(YEAR)],
    ["Số tổ chức cơ sở đảng", UNITS.length],
    ["Số chi bộ thôn, tổ dân phố", VILLAGES.length],
    ["Số chi bộ trực thuộc", CELLS.length],
    ["Số đảng viên", sum(UNITS, (unit) => unit.members)],
    ["Chỉ tiêu kết nạp", sum(UNITS, (unit) => unit.target)],
    ["Số đảng viên được kết nạp", sum(UNITS, (unit) => unit.admitted)],
    ["Số thôn, tổ dân phố", groups],
    ["Số trưởng thôn, tổ dân phố là đảng viên", now],
    ["Tỷ lệ trưởng thôn, tổ dân phố là đảng viên (%)", round2((now / groups) * 100)],
  ];
  items.forEach(([item, value], i) => writeRow(sheet, next(), [i + 1, item, value]));
  footer(sheet, 9 + items.length + 1, 3);
}

export async function wardSampleBytes(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Văn phòng Đảng ủy phường Kim Long (số liệu minh họa)";
  workbook.lastModifiedBy = workbook.creator;
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  unitsSheet(workbook);
  admissionsSheet(workbook);
  villageHeadsSheet(workbook);
  summarySheet(workbook);
  const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  // exceljs stamps every zip entry with the current time; restamp them so the file changes only with its content.
  const source = await JSZip.loadAsync(bytes);
  const target = new JSZip();
  for (const path of Object.keys(source.files)) {
    const entry = source.files[path];
    if (!entry.dir)
      target.file(path, await entry.async("uint8array"), {
        date: FIXED_DATE,
        createFolders: false,
      });
  }
  return target.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
  });
}

if (require.main === module) {
  wardSampleBytes()
    .then((bytes) => {
      const file = join(__dirname, "..", "assets", "samples", WARD_SAMPLE_FILE);
      writeFileSync(file, bytes);
      console.log(`assets/samples/${WARD_SAMPLE_FILE}`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
