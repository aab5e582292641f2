/**
 * What the report sheet carries besides its table: the figures of the pane's bars as native Excel charts
 * (ExcelApi 1.1 charts, below the table, each over a small data block it is drawn from), and a print layout
 * (A4, landscape where the table is wide, one page wide, the findings' header row repeated on every page),
 * which needs page layout (ExcelApi 1.9). Both live on the report sheet, so Clear removes them with it.
 */
import {
  formatGoal,
  indicatorTitle,
  unitBarChart,
  type IndicatorId,
  type Lang,
  type Report,
} from "../core";
import { rectAddress } from "./a1";
import type { Capabilities } from "./capabilities";
import { ACTION_BYTES, type WriteStep } from "./write-steps";

export const CHART_INDICATORS: ReadonlyArray<IndicatorId> = [
  "village-head-rate",
  "admission-attainment",
];

/** Printable width of an A4 page in portrait with Excel's normal margins, in points (8.27 in − 2 × 0.7 in). */
export const A4_PORTRAIT_PRINTABLE_POINTS = 494;

const TEXT = {
  vi: { unit: "Đơn vị", value: "Giá trị (%)", goal: "mục tiêu", chartData: "Số liệu biểu đồ" },
  en: { unit: "Unit", value: "Value (%)", goal: "goal", chartData: "Chart data" },
} as const;

export interface ChartBlock {
  readonly id: IndicatorId;
  readonly title: string;
  /** The data rows: unit code, value (lowest first, as in the pane). */
  readonly rows: ReadonlyArray<readonly [string, number]>;
}

export function chartBlocks(report: Report, lang: Lang): ChartBlock[] {
  return CHART_INDICATORS.flatMap((id) => {
    const chart = unitBarChart(id, report.indicators);
    const rows = (chart?.bars ?? [])
      .filter((bar) => bar.value !== null)
      .map((bar) => [bar.scope, bar.value as number] as const);
    if (!chart || rows.length === 0) return [];
    const goal = chart.goal ? ` — ${TEXT[lang].goal} ${formatGoal(id, chart.goal, lang)}` : "";
    return [{ id, title: `${indicatorTitle(id, lang)}${goal}`, rows }];
  });
}

/** Rows a chart takes on the sheet, at least: enough to read a dozen bars. */
const CHART_ROWS = 16;

/**
 * The charts' writes, from row `firstRow` (0-based) down: per indicator a title, a data block (unit, value)
 * in columns A:B, and a bar chart over it placed in columns D:I beside it. Unit codes are written as text.
 */
export function reportChartSteps(
  context: Excel.RequestContext,
  sheetName: string,
  firstRow: number,
  blocks: ReadonlyArray<ChartBlock>,
  lang: Lang
): WriteStep[] {
  const steps: WriteStep[] = [];
  let row = firstRow;
  for (const block of blocks) {
    const top = row;
    const dataRows = [
      [TEXT[lang].unit, TEXT[lang].value],
      ...block.rows.map(([unit, value]) => [unit, value]),
    ];
    steps.push({
      bytes: ACTION_BYTES * 8 + JSON.stringify(dataRows).length * 2,
      queue: () => {
        const sheet = context.workbook.worksheets.getItem(sheetName);
        const title = sheet.getRange(rectAddress(top, 0, 1, 1));
        title.numberFormat = [["@"]];
        title.values = [[`${TEXT[lang].chartData}: ${block.title}`]];
        title.format.font.bold = true;
        const data = sheet.getRange(rectAddress(top + 1, 0, dataRows.length, 2));
        data.numberFormat = dataRows.map((_, index) => ["@", index === 0 ? "@" : "0.00"]);
        data.values = dataRows;
        sheet.getRange(rectAddress(top + 1, 0, 1, 2)).format.font.bold = true;
        const chart = sheet.charts.add(
          "BarClustered" as Excel.ChartType,
          data,
          "Columns" as Excel.ChartSeriesBy
        );
        chart.title.text = block.title;
        chart.legend.visible = false;
        const height = Math.max(CHART_ROWS, dataRows.length + 1);
        chart.setPosition(rectAddress(top, 3, 1, 1), rectAddress(top + height - 1, 8, 1, 1));
      },
    });
    row = top + Math.max(CHART_ROWS, block.rows.length + 2) + 1;
  }
  return steps;
}

/**
 * A4, landscape where the table is wider than a portrait page, fit to one page wide (as many tall as needed),
 * the findings' header row repeated on every page. Page layout is ExcelApi 1.9: nothing is queued without it.
 */
export function printLayoutSteps(
  context: Excel.RequestContext,
  sheetName: string,
  columnWidths: ReadonlyArray<number>,
  headerRow: number,
  capabilities: Capabilities
): WriteStep[] {
  if (!capabilities.supports("1.9")) return [];
  const wide = columnWidths.reduce((sum, width) => sum + width, 0) > A4_PORTRAIT_PRINTABLE_POINTS;
  return [
    {
      bytes: ACTION_BYTES * 5,
      queue: () => {
        const layout = context.workbook.worksheets.getItem(sheetName).pageLayout;
        layout.paperSize = "A4" as Excel.PaperType;
        layout.orientation = (wide ? "Landscape" : "Portrait") as Excel.PageOrientation;
        layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
        layout.setPrintTitleRows(`$${headerRow + 1}:$${headerRow + 1}`);
      },
    },
  ];
}
