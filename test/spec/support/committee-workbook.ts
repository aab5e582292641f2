/**
 * A small, valid committee workbook that each spec test changes in one place and
 * writes as a real .xlsx with exceljs. The layout is fixed so that tests can name
 * exact cells (1-based Excel rows; row 1 is the header row unless titles are added):
 *
 * units — "Tổ chức cơ sở đảng"            A Mã | B Tên tổ chức | C Loại hình | D Số đảng viên
 *   2 X01 Xã Kim Long commune 120 · 3 X02 Thị trấn Hợp Hòa commune 150
 *   4 CQ1 Đảng bộ Cơ quan huyện agency 80 · 5 CB1 Chi bộ Trường THPT Tam Dương cell 25   (Σ 375)
 * admissions — "Kết nạp đảng viên"          A Mã | B Chỉ tiêu | C Đã kết nạp | D Tỷ lệ đạt (%)
 *   2 X01 10 10 100 · 3 X02 8 9 112.5 · 4 CQ1 4 4 100 · 5 CB1 0 0 (blank)                (Σ 22 / 23)
 * village-heads — "Trưởng thôn, tổ dân phố" A Mã | B Số thôn, tổ dân phố | C Là đảng viên đầu năm | D Là đảng viên hiện nay | E Tỷ lệ (%)
 *   2 X01 12 10 11 91.67 · 3 X02 8 7 8 100                                               (Σ 20 / 17 / 19)
 * private-units — "Tổ chức đảng ngoài nhà nước"  A Mã | B Chỉ tiêu | C Đã thành lập
 *   2 X01 1 1 · 3 X02 1 1
 * leader-targets — "Giao chỉ tiêu người đứng đầu"  A Người đứng đầu | B Chức vụ | C Mã đơn vị | D Chỉ tiêu | E Mục tiêu | F Kết quả | G Chiều
 *   2 Nguyễn Văn An, Bí thư, X01, Kết nạp đảng viên, 10, 10, Cao hơn là tốt
 *   3 Trần Thị Bình, Bí thư, X02, Tỷ lệ hộ nghèo (%), 3, 2.5, Thấp hơn là tốt
 * goals — "Mục tiêu"                        A Chỉ số | B Điều kiện | C Giá trị | D Phạm vi  (the default goals, written out)
 * summary — "Tổng hợp"                      A Nội dung | B Số liệu  (every computed item, all agreeing)
 */
import ExcelJS from "exceljs";

export type SheetId =
  | "units"
  | "admissions"
  | "village-heads"
  | "private-units"
  | "leader-targets"
  | "goals"
  | "summary";

/** What a test puts in a cell: a value, a formula with its cached result, or a formatted value. */
export type CellValue = ExcelJS.CellValue;
export interface CellInput {
  value: CellValue;
  numFmt?: string;
  /** The cell's font name (a legacy Vietnamese font such as `.VnTime`). */
  font?: string;
}
type Row = Array<CellInput | undefined>;

interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Field ids in column order, per sheet, as the builder lays them out. */
export const LAYOUT: Record<SheetId, readonly string[]> = {
  units: ["code", "name", "type", "members"],
  admissions: ["code", "target", "admitted", "attainment"],
  "village-heads": ["code", "groups", "members_start", "members_now", "rate"],
  "private-units": ["code", "target", "established"],
  "leader-targets": ["leader", "position", "code", "indicator", "target", "actual", "direction"],
  goals: ["indicator", "operator", "value", "scope"],
  summary: ["item", "value"],
};

export const VI_SHEET_NAMES: Record<SheetId, string> = {
  units: "Tổ chức cơ sở đảng",
  admissions: "Kết nạp đảng viên",
  "village-heads": "Trưởng thôn, tổ dân phố",
  "private-units": "Tổ chức đảng ngoài nhà nước",
  "leader-targets": "Giao chỉ tiêu người đứng đầu",
  goals: "Mục tiêu",
  summary: "Tổng hợp",
};

export const EN_SHEET_NAMES: Record<SheetId, string> = {
  units: "Units",
  admissions: "Admissions",
  "village-heads": "Village heads",
  "private-units": "Private-sector organisations",
  "leader-targets": "Leader targets",
  goals: "Goals",
  summary: "Summary",
};

export const VI_HEADERS: Record<SheetId, readonly string[]> = {
  units: ["Mã", "Tên tổ chức", "Loại hình", "Số đảng viên"],
  admissions: ["Mã", "Chỉ tiêu", "Đã kết nạp", "Tỷ lệ đạt (%)"],
  "village-heads": [
    "Mã",
    "Số thôn, tổ dân phố",
    "Là đảng viên đầu năm",
    "Là đảng viên hiện nay",
    "Tỷ lệ (%)",
  ],
  "private-units": ["Mã", "Chỉ tiêu", "Đã thành lập"],
  "leader-targets": [
    "Người đứng đầu",
    "Chức vụ",
    "Mã đơn vị",
    "Chỉ tiêu",
    "Mục tiêu",
    "Kết quả",
    "Chiều",
  ],
  goals: ["Chỉ số", "Điều kiện", "Giá trị", "Phạm vi"],
  summary: ["Nội dung", "Số liệu"],
};

export const EN_HEADERS: Record<SheetId, readonly string[]> = {
  units: ["Code", "Name", "Type", "Party members"],
  admissions: ["Code", "Target", "Admitted", "Attainment %"],
  "village-heads": [
    "Code",
    "Villages and residential groups",
    "Heads who are members, start of year",
    "Heads who are members, now",
    "Rate %",
  ],
  "private-units": ["Code", "Target", "Established"],
  "leader-targets": [
    "Leader",
    "Position",
    "Unit code",
    "Indicator",
    "Target",
    "Result",
    "Direction",
  ],
  goals: ["Indicator", "Operator", "Value", "Scope"],
  summary: ["Item", "Value"],
};

const DATA: Record<SheetId, CellValue[][]> = {
  units: [
    ["X01", "Xã Kim Long", "commune", 120],
    ["X02", "Thị trấn Hợp Hòa", "commune", 150],
    ["CQ1", "Đảng bộ Cơ quan huyện", "agency", 80],
    ["CB1", "Chi bộ Trường THPT Tam Dương", "cell", 25],
  ],
  admissions: [
    ["X01", 10, 10, 100],
    ["X02", 8, 9, 112.5],
    ["CQ1", 4, 4, 100],
    ["CB1", 0, 0, null],
  ],
  "village-heads": [
    ["X01", 12, 10, 11, 91.67],
    ["X02", 8, 7, 8, 100],
  ],
  "private-units": [
    ["X01", 1, 1],
    ["X02", 1, 1],
  ],
  "leader-targets": [
    ["Nguyễn Văn An", "Bí thư", "X01", "Kết nạp đảng viên", 10, 10, "Cao hơn là tốt"],
    ["Trần Thị Bình", "Bí thư", "X02", "Tỷ lệ hộ nghèo (%)", 3, 2.5, "Thấp hơn là tốt"],
  ],
  goals: [
    ["village-head-rate", ">", 90, "committee"],
    ["admission-attainment", ">=", 100, "committee"],
    ["private-units-attainment", ">=", 100, "committee"],
    ["leader-target-attainment", ">=", 100, "each-unit"],
  ],
  summary: [
    ["units", 4],
    ["units_commune", 2],
    ["units_agency", 1],
    ["units_cell", 1],
    ["members", 375],
    ["admitted", 23],
    ["admission_target", 22],
    ["village_heads", 20],
    ["village_heads_members", 19],
    ["village-head-rate", 95],
  ],
};

/** `D7` → { row: 7, col: 4 } (1-based). */
export function parseA1(address: string): { row: number; col: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) throw new Error(`not an A1 address: ${address}`);
  let col = 0;
  for (const letter of match[1]) col = col * 26 + (letter.charCodeAt(0) - 64);
  return { row: Number(match[2]), col };
}

export function columnLetter(col: number): string {
  let letters = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export class CommitteeSheet {
  readonly rows: Row[] = [];
  readonly merges: Merge[] = [];
  /** 1-based row of the header; moves down when title rows are inserted above it. */
  headerRow = 1;

  constructor(
    readonly id: SheetId,
    public name: string,
    headers: readonly string[],
    data: CellValue[][]
  ) {
    this.rows.push(headers.map((text) => ({ value: text })));
    for (const values of data)
      this.rows.push(values.map((value) => (value === null ? undefined : { value })));
  }

  /** Column letter of a field in the builder's layout. */
  column(field: string): string {
    const index = LAYOUT[this.id].indexOf(field);
    if (index < 0) throw new Error(`no field ${field} in ${this.id}`);
    return columnLetter(index + 1);
  }

  set(address: string, value: CellValue, numFmt?: string): this {
    const { row, col } = parseA1(address);
    while (this.rows.length < row) this.rows.push([]);
    const cells = this.rows[row - 1];
    cells[col - 1] = value === null && numFmt === undefined ? undefined : { value, numFmt };
    return this;
  }

  get(address: string): CellValue | undefined {
    const { row, col } = parseA1(address);
    return this.rows[row - 1]?.[col - 1]?.value;
  }

  /** Replace a field's header text. */
  header(field: string, text: string): this {
    return this.set(`${this.column(field)}${this.headerRow}`, text);
  }

  /** Replace every header cell, in layout order. */
  headers(texts: readonly string[]): this {
    texts.forEach((text, index) => this.set(`${columnLetter(index + 1)}${this.headerRow}`, text));
    return this;
  }

  /** Append a row below the last one (values in layout order). */
  addRow(values: CellValue[]): this {
    this.rows.push(values.map((value) => (value === null ? undefined : { value })));
    return this;
  }

  /** Remove an Excel row (1-based); rows below move up. */
  removeRow(row: number): this {
    this.rows.splice(row - 1, 1);
    return this;
  }

  /** Insert an empty Excel row at `row` (1-based); that row and those below move down. */
  insertBlankRow(row: number): this {
    this.rows.splice(row - 1, 0, []);
    for (const merge of this.merges) {
      if (merge.top >= row) {
        merge.top += 1;
        merge.bottom += 1;
      }
    }
    if (this.headerRow >= row) this.headerRow += 1;
    return this;
  }

  /** Title rows above the header, each merged across the table's width when `merge` is set. */
  insertTitleRows(titles: readonly string[], options: { merge?: boolean } = {}): this {
    const width = Math.max(...this.rows.map((row) => row.length), 1);
    for (let i = titles.length - 1; i >= 0; i--) this.insertBlankRow(1);
    titles.forEach((title, index) => {
      this.set(`A${index + 1}`, title);
      if (options.merge && width > 1)
        this.merges.push({ top: index + 1, left: 1, bottom: index + 1, right: width });
    });
    return this;
  }

  /** Drop a field's column entirely (header and data); columns to its right move left. */
  removeColumn(field: string): this {
    const index = LAYOUT[this.id].indexOf(field);
    if (index < 0) throw new Error(`no field ${field} in ${this.id}`);
    for (const row of this.rows) row.splice(index, 1);
    return this;
  }

  /** Excel row (1-based) of the first data row whose first cell is `key`. */
  rowOf(key: string): number {
    const index = this.rows.findIndex((row, i) => i >= this.headerRow && row[0]?.value === key);
    if (index < 0) throw new Error(`no row ${key} in ${this.id}`);
    return index + 1;
  }
}

export class CommitteeWorkbook {
  readonly sheets: CommitteeSheet[] = [];

  sheet(id: SheetId): CommitteeSheet {
    const found = this.sheets.find((sheet) => sheet.id === id);
    if (!found) throw new Error(`no sheet ${id} in this workbook`);
    return found;
  }

  has(id: SheetId): boolean {
    return this.sheets.some((sheet) => sheet.id === id);
  }

  without(...ids: SheetId[]): this {
    for (const id of ids) {
      const index = this.sheets.findIndex((sheet) => sheet.id === id);
      if (index >= 0) this.sheets.splice(index, 1);
    }
    return this;
  }

  /** Add (or replace) a sheet with the builder's Vietnamese headers and the given data rows. */
  with(id: SheetId, data: CellValue[][] = DATA[id], name = VI_SHEET_NAMES[id]): this {
    this.without(id);
    this.sheets.push(new CommitteeSheet(id, name, VI_HEADERS[id], data));
    return this;
  }

  /** English sheet names and English headers everywhere. */
  inEnglish(): this {
    for (const sheet of this.sheets) {
      sheet.name = EN_SHEET_NAMES[sheet.id];
      sheet.headers(EN_HEADERS[sheet.id]);
    }
    return this;
  }

  async toBytes(): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    for (const sheet of this.sheets) {
      const worksheet = workbook.addWorksheet(sheet.name);
      sheet.rows.forEach((cells, r) => {
        cells.forEach((cell, c) => {
          if (cell === undefined) return;
          const target = worksheet.getCell(r + 1, c + 1);
          target.value = cell.value;
          if (cell.numFmt !== undefined) target.numFmt = cell.numFmt;
          if (cell.font !== undefined) target.font = { name: cell.font };
        });
      });
      for (const merge of sheet.merges)
        worksheet.mergeCells(merge.top, merge.left, merge.bottom, merge.right);
    }
    const buffer = await workbook.xlsx.writeBuffer();
    return new Uint8Array(buffer as ArrayBuffer);
  }
}

/** The three required sheets only: no goals sheet, so the default goals apply. */
export function requiredSheetsWorkbook(): CommitteeWorkbook {
  return new CommitteeWorkbook().with("units").with("admissions").with("village-heads");
}

/** Every sheet of the form, all valid and agreeing, goals as the defaults written out. */
export function fullWorkbook(): CommitteeWorkbook {
  return requiredSheetsWorkbook()
    .with("private-units")
    .with("leader-targets")
    .with("goals")
    .with("summary");
}

export function nfd(text: string): string {
  return text.normalize("NFD");
}
