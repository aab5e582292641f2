/**
 * The roll-up workbook for the level above, written with exceljs: the form sheets (units, admissions,
 * village heads, private-sector organisations, goals, summary) from the plan, a sheet naming every input
 * and what became of it, and a picture sheet: per committee, sorted, each rate as a data bar and its
 * distance from the goal as a second data bar whose axis is the goal line (below the goal in red).
 * Data bars are conditional formats that Excel and LibreOffice both draw.
 */
import ExcelJS from "exceljs";
import {
  SHEETS,
  formatGoal,
  indicatorTitle,
  stampStateLabel,
  type UnitBarChart,
  type InputLine,
  type Lang,
  type RollupSheet,
  type ScopedGoal,
} from "../core";

export interface RollupBook {
  readonly lang: Lang;
  readonly sheets: ReadonlyArray<RollupSheet>;
  /** The level above's goals (from --goals); none: the defaults apply and no goals sheet is written. */
  readonly goals: ReadonlyArray<ScopedGoal>;
  readonly inputs: ReadonlyArray<InputLine>;
  /** The pictures, with each unit's name by code; absent on the first pass, before the roll-up is checked. */
  readonly charts?: {
    readonly charts: ReadonlyArray<UnitBarChart>;
    readonly names: ReadonlyMap<string, string>;
  };
}

const WORDS = {
  vi: {
    title: "TỔNG HỢP SỐ LIỆU CỦA CÁC CẤP ỦY TRỰC THUỘC",
    inputs: "Nguồn số liệu",
    inputHeader: ["STT", "Tệp", "Mã", "Tên cấp ủy", "Kết quả", "Dấu kiểm tra", "Ghi chú"],
    verdict: {
      included: "Đã tổng hợp",
      "has-errors": "Bỏ ra: còn lỗi",
      unreadable: "Bỏ ra: không đọc được",
      duplicate: "Bỏ ra: trùng cấp ủy",
    },
    sameAs: (file: string) => `cùng cấp ủy với ${file}`,
    chart: "Biểu đồ",
    chartTitle: (indicator: string, goal: string) => `${indicator} — mục tiêu ${goal}`,
    chartHeader: ["Mã", "Tên cấp ủy", "Tỷ lệ (%)", "So với mục tiêu (điểm %)", "Đạt", "Còn thiếu"],
    yes: "Đạt",
    no: "Chưa đạt",
    noGoal: "(không có mục tiêu)",
  },
  en: {
    title: "ROLL-UP OF THE COMMITTEES BELOW",
    inputs: "Inputs",
    inputHeader: ["No.", "File", "Code", "Committee", "Result", "Stamp", "Note"],
    verdict: {
      included: "Included",
      "has-errors": "Left out: has errors",
      unreadable: "Left out: unreadable",
      duplicate: "Left out: same committee",
    },
    sameAs: (file: string) => `same committee as ${file}`,
    chart: "Chart",
    chartTitle: (indicator: string, goal: string) => `${indicator} — goal ${goal}`,
    chartHeader: ["Code", "Committee", "Rate (%)", "Against the goal (points)", "Met", "Needed"],
    yes: "Met",
    no: "Not met",
    noGoal: "(no goal)",
  },
} as const;

/** One page wide, landscape, on A4: what a board hands round at a meeting. */
const PRINT: Partial<ExcelJS.PageSetup> = {
  paperSize: 9,
  orientation: "landscape",
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
};

const BLUE = "FF5B9BD5";
const GREEN = "FF63BE7B";
const RED = "FFD9534F";

/** Words as the first cell of a sheet row: a capital first letter. */
function sentence(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}

/** Text cells stay text: a name that starts with `=` is a name, not a formula. */
function cellValue(value: string | number | null): ExcelJS.CellValue {
  if (value === null) return null;
  return value;
}

function addTable(
  worksheet: ExcelJS.Worksheet,
  title: string,
  header: ReadonlyArray<string>,
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>
): void {
  const titleCell = worksheet.getCell(1, 1);
  titleCell.value = title;
  titleCell.font = { bold: true, size: 13 };
  const headerRow = worksheet.getRow(2);
  header.forEach((text, c) => {
    const cell = headerRow.getCell(c + 1);
    cell.value = text;
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: "middle" };
  });
  rows.forEach((row, r) => {
    const sheetRow = worksheet.getRow(r + 3);
    row.forEach((value, c) => {
      const cell = sheetRow.getCell(c + 1);
      cell.value = cellValue(value);
      if (typeof value === "string") cell.numFmt = "@";
    });
  });
  header.forEach((text, c) => {
    const longest = Math.max(text.length, ...rows.map((row) => String(row[c] ?? "").length));
    worksheet.getColumn(c + 1).width = Math.min(48, Math.max(8, longest + 2));
  });
  worksheet.views = [{ state: "frozen", ySplit: 2 }];
  worksheet.pageSetup = { ...worksheet.pageSetup, ...PRINT };
}

function goalRows(goals: ReadonlyArray<ScopedGoal>): Array<Array<string | number>> {
  return goals.map((goal) => [goal.indicator, goal.operator, goal.value, goal.scope]);
}

function addChartSheet(workbook: ExcelJS.Workbook, book: RollupBook): void {
  const words = WORDS[book.lang];
  const worksheet = workbook.addWorksheet(words.chart, { pageSetup: PRINT });
  let row = 1;
  worksheet.getColumn(1).width = 12;
  worksheet.getColumn(2).width = 36;
  worksheet.getColumn(3).width = 30;
  worksheet.getColumn(4).width = 30;
  worksheet.getColumn(5).width = 10;
  worksheet.getColumn(6).width = 10;
  for (const chart of book.charts?.charts ?? []) {
    const goalText = chart.goal ? formatGoal(chart.id, chart.goal, book.lang) : words.noGoal;
    const title = worksheet.getCell(row, 1);
    title.value = words.chartTitle(indicatorTitle(chart.id, book.lang), goalText);
    title.font = { bold: true, size: 12 };
    row++;
    words.chartHeader.forEach((text, c) => {
      const cell = worksheet.getCell(row, c + 1);
      cell.value = text;
      cell.font = { bold: true };
    });
    row++;
    const first = row;
    for (const bar of chart.bars) {
      worksheet.getCell(row, 1).value = bar.scope;
      worksheet.getCell(row, 1).numFmt = "@";
      worksheet.getCell(row, 2).value = book.charts?.names.get(bar.scope) ?? bar.scope;
      worksheet.getCell(row, 2).numFmt = "@";
      worksheet.getCell(row, 3).value = bar.value;
      worksheet.getCell(row, 3).numFmt = "0.00";
      worksheet.getCell(row, 4).value =
        bar.value !== null && chart.goal
          ? Math.round((bar.value - chart.goal.value) * 100) / 100
          : null;
      worksheet.getCell(row, 4).numFmt = "+0.00;-0.00;0.00";
      worksheet.getCell(row, 5).value =
        bar.value === null || !chart.goal ? "" : bar.below ? words.no : words.yes;
      if (bar.below) worksheet.getCell(row, 5).font = { color: { argb: RED }, bold: true };
      worksheet.getCell(row, 6).value = bar.below ? bar.needed : null;
      row++;
    }
    const last = row - 1;
    if (last >= first) {
      // The rate on a fixed 0–100 scale, so that bars of different committees compare at a glance.
      worksheet.addConditionalFormatting({
        ref: `C${first}:C${last}`,
        rules: [
          {
            type: "dataBar",
            priority: 1,
            gradient: false,
            cfvo: [
              { type: "num", value: 0 },
              { type: "num", value: 100 },
            ],
            color: { argb: BLUE },
          } as unknown as ExcelJS.ConditionalFormattingRule,
        ],
      });
      // Distance from the goal: the bar's axis is the goal line; short of it the bar runs left, in red.
      worksheet.addConditionalFormatting({
        ref: `D${first}:D${last}`,
        rules: [
          {
            type: "dataBar",
            priority: 2,
            gradient: false,
            axisPosition: "middle",
            negativeBarColorSameAsPositive: false,
            negativeFillColor: { argb: RED },
            axisColor: { argb: "FF000000" },
            cfvo: [{ type: "min" }, { type: "max" }],
            color: { argb: GREEN },
          } as unknown as ExcelJS.ConditionalFormattingRule,
        ],
      });
    }
    row += 2;
  }
}

/** The roll-up workbook's bytes. */
export async function writeRollup(book: RollupBook): Promise<Uint8Array> {
  const words = WORDS[book.lang];
  const workbook = new ExcelJS.Workbook();
  for (const sheet of book.sheets) {
    addTable(
      workbook.addWorksheet(sheet.name),
      `${words.title} — ${sheet.name}`,
      sheet.header,
      sheet.rows
    );
  }
  if (book.goals.length > 0) {
    const goals = SHEETS.goals;
    addTable(
      workbook.addWorksheet(goals.names[book.lang]),
      goals.names[book.lang],
      goals.fields.map((field) => field.headers[book.lang]),
      goalRows(book.goals)
    );
  }
  const inputRows = book.inputs.map((line, i) => [
    i + 1,
    line.file,
    line.code,
    line.name,
    words.verdict[line.verdict],
    line.stamp === null ? "" : sentence(stampStateLabel(line.stamp, book.lang)),
    line.sameAs !== undefined ? words.sameAs(line.sameAs) : (line.message ?? ""),
  ]);
  addTable(workbook.addWorksheet(words.inputs), words.inputs, words.inputHeader, inputRows);
  if (book.charts) {
    addChartSheet(workbook, book);
    // The level above would rather look than read: the workbook opens on its picture.
    workbook.views = [
      {
        x: 0,
        y: 0,
        width: 20000,
        height: 12000,
        firstSheet: 0,
        activeTab: workbook.worksheets.length - 1,
        visibility: "visible",
      },
    ];
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
