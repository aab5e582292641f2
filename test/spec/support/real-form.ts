/**
 * Real report-form decorations (biểu mẫu) for the spec workbooks: a numbering
 * column, headers over two or three rows with merged group headings, a
 * column-number row, group heading rows with subtotals, a footer. Each one
 * changes the builder's sheet in place; `cellOf` finds a data cell wherever
 * the decorations moved it.
 */
import {
  columnLetter,
  type CellValue,
  type CommitteeSheet,
  type SheetId,
} from "./committee-workbook";

type Cells = CommitteeSheet["rows"][number];

function cell(value: CellValue): { value: CellValue } {
  return { value };
}

/** Data rows (0-based indices into sheet.rows) below the header block, in order. */
function dataRowIndices(sheet: CommitteeSheet): number[] {
  const indices: number[] = [];
  for (let i = sheet.headerRow; i < sheet.rows.length; i++)
    if (sheet.rows[i].some((c) => c !== undefined)) indices.push(i);
  return indices;
}

/** A numbering column (`STT`) before the table: 1, 2, 3 … on the data rows. */
export function addNumberingColumn(sheet: CommitteeSheet, label = "STT"): CommitteeSheet {
  const data = new Set(dataRowIndices(sheet));
  let n = 0;
  sheet.rows.forEach((row, i) => {
    const value = i === sheet.headerRow - 1 ? label : data.has(i) ? ++n : undefined;
    row.splice(0, 0, value === undefined ? (undefined as unknown as Cells[number]) : cell(value));
  });
  for (const merge of sheet.merges) {
    merge.left += 1;
    merge.right += 1;
  }
  return sheet;
}

/** The headers of the village-heads sheet as forms have them: `Là đảng viên` over `Đầu năm | Hiện nay`, the rest merged down. */
const GROUPED_HEADERS: Partial<Record<SheetId, { group: string; fields: readonly string[] }>> = {
  "village-heads": { group: "Là đảng viên", fields: ["Đầu năm", "Hiện nay"] },
  admissions: { group: "Kết nạp đảng viên", fields: ["Chỉ tiêu", "Đã kết nạp"] },
  units: { group: "Tổ chức cơ sở đảng", fields: ["Tên tổ chức", "Loại hình"] },
  "private-units": { group: "Tổ chức đảng", fields: ["Chỉ tiêu", "Đã thành lập"] },
};

/**
 * The header over two rows (three with `topHeading`): where the sheet has a grouped pair (GROUPED_HEADERS),
 * the group heading merged across the pair's columns and each own text under it; every other header merged
 * down. `merged: false` writes the same layout with no merges (as a host that cannot tell would give it).
 */
export function multiRowHeader(
  sheet: CommitteeSheet,
  options: { topHeading?: string; merged?: boolean } = {}
): CommitteeSheet {
  const merged = options.merged ?? true;
  const headerIndex = sheet.headerRow - 1;
  const header = sheet.rows[headerIndex];
  const texts = header.map((c) => (c ? String(c.value) : ""));
  const grouped = GROUPED_HEADERS[sheet.id];
  // Where the pair is: the two columns whose own text ends with the pair's words.
  let pairStart = -1;
  if (grouped) {
    const wanted = grouped.fields.map((text) => text.toLowerCase());
    pairStart = texts.findIndex(
      (text, i) =>
        text.toLowerCase().endsWith(wanted[0]) &&
        (texts[i + 1] ?? "").toLowerCase().endsWith(wanted[1])
    );
  }
  const upper: Cells = [];
  const lower: Cells = [];
  texts.forEach((text, c) => {
    if (grouped && pairStart >= 0 && (c === pairStart || c === pairStart + 1)) {
      if (c === pairStart) upper[c] = cell(grouped.group);
      lower[c] = cell(grouped.fields[c - pairStart]);
    } else if (text !== "") {
      upper[c] = cell(text);
    }
  });
  sheet.rows.splice(headerIndex, 1, upper, lower);
  const top = headerIndex + 1; // 1-based Excel row of the upper header row
  for (const merge of sheet.merges) {
    if (merge.top > top) {
      merge.top += 1;
      merge.bottom += 1;
    }
  }
  if (merged) {
    texts.forEach((text, c) => {
      if (pairStart >= 0 && (c === pairStart || c === pairStart + 1)) return;
      if (text !== "") sheet.merges.push({ top, left: c + 1, bottom: top + 1, right: c + 1 });
    });
    if (pairStart >= 0)
      sheet.merges.push({ top, left: pairStart + 1, bottom: top, right: pairStart + 2 });
  }
  sheet.headerRow += 1;
  if (options.topHeading) {
    // A third row on top: one heading across the whole table.
    sheet.rows.splice(headerIndex, 0, [cell(options.topHeading)]);
    for (const merge of sheet.merges) {
      if (merge.top >= top) {
        merge.top += 1;
        merge.bottom += 1;
      }
    }
    if (merged) {
      // Headers merged down now reach the top row? No: they start under the heading, as on paper.
      sheet.merges.push({ top, left: 1, bottom: top, right: Math.max(texts.length, 2) });
    }
    sheet.headerRow += 1;
  }
  return sheet;
}

/** The column-number row under the header: `(1) (2) (3)` … (or the given style). */
export function columnNumberRow(
  sheet: CommitteeSheet,
  style: "parens" | "plain" | "letters" = "parens"
): CommitteeSheet {
  const width = Math.max(...sheet.rows.slice(0, sheet.headerRow).map((row) => row.length));
  const row: Cells = [];
  for (let c = 0; c < width; c++) {
    const n = c + 1;
    row[c] = cell(style === "parens" ? `(${n})` : style === "plain" ? n : columnLetter(n));
  }
  sheet.rows.splice(sheet.headerRow, 0, row);
  for (const merge of sheet.merges) {
    if (merge.top > sheet.headerRow) {
      merge.top += 1;
      merge.bottom += 1;
    }
  }
  return sheet;
}

/**
 * A group heading row (`I` in the first column, the label in the second) inserted before the data row
 * whose cells hold `beforeKey`; `counts` writes a subtotal into the given columns (0-based → value).
 */
export function groupRow(
  sheet: CommitteeSheet,
  beforeKey: CellValue,
  cells: Record<number, CellValue>
): CommitteeSheet {
  const index = sheet.rows.findIndex(
    (row, i) => i >= sheet.headerRow && row.some((c) => c?.value === beforeKey)
  );
  if (index < 0) throw new Error(`no row ${String(beforeKey)} in ${sheet.id}`);
  const row: Cells = [];
  for (const [col, value] of Object.entries(cells)) row[Number(col)] = cell(value);
  sheet.rows.splice(index, 0, row);
  return sheet;
}

/** A row appended after the last one, cells by 0-based column. */
export function appendRow(sheet: CommitteeSheet, cells: Record<number, CellValue>): CommitteeSheet {
  const row: Cells = [];
  for (const [col, value] of Object.entries(cells)) row[Number(col)] = cell(value);
  sheet.rows.push(row);
  return sheet;
}

/** The signature footer of a report form below the table, across the given columns. */
export function footer(sheet: CommitteeSheet, left = 0, right = 2): CommitteeSheet {
  sheet.rows.push([]);
  appendRow(sheet, { [right]: "Phường Kim Long, ngày 15 tháng 12 năm 2026" });
  appendRow(sheet, { [left]: "Nơi nhận:", [right]: "T/M BAN THƯỜNG VỤ" });
  appendRow(sheet, { [left]: "- Ban Tổ chức Tỉnh ủy;", [right]: "BÍ THƯ" });
  appendRow(sheet, { [left]: "- Lưu VP." });
  appendRow(sheet, { [left]: "Người lập biểu", [right]: "(Ký, đóng dấu)" });
  sheet.rows.push([]);
  appendRow(sheet, { [left]: "Trần Văn Bình", [right]: "Nguyễn Thị Hoa" });
  appendRow(sheet, { [left]: "Ghi chú: số liệu tính đến ngày 30/11/2026." });
  return sheet;
}

/** The A1 address of a field's cell in the data row holding `key`, wherever the decorations moved it. */
export function cellOf(sheet: CommitteeSheet, key: CellValue, headerText: string): string {
  const rowIndex = sheet.rows.findIndex(
    (row, i) => i >= sheet.headerRow && row.some((c) => c?.value === key)
  );
  if (rowIndex < 0) throw new Error(`no row ${String(key)} in ${sheet.id}`);
  let col = -1;
  for (let r = 0; r < sheet.headerRow && col < 0; r++)
    col = sheet.rows[r].findIndex((c) => c !== undefined && c.value === headerText);
  if (col < 0) throw new Error(`no header ${headerText} in ${sheet.id}`);
  return `${columnLetter(col + 1)}${rowIndex + 1}`;
}

/** 0-based column of a header text in the header block. */
export function colOf(sheet: CommitteeSheet, headerText: string): number {
  for (let r = 0; r < sheet.headerRow; r++) {
    const col = sheet.rows[r].findIndex((c) => c !== undefined && c.value === headerText);
    if (col >= 0) return col;
  }
  throw new Error(`no header ${headerText} in ${sheet.id}`);
}
