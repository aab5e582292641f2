import {
  committeeLabel,
  formatGoal,
  formatIndicatorValue,
  formatNumber,
  indicatorTitle,
  severityLabel,
  statusLabel,
  verdictText,
} from "../core";
import type { Finding, IndicatorResult, Lang, Report, Severity } from "../core";
import type { Painter } from "./ansi";
import { escapeControls } from "./escape";
import { alignTable, displayWidth } from "./text-table";

const SEVERITIES: readonly Severity[] = ["error", "warning", "shortfall"];

const WORDS = {
  vi: {
    workbook: "Tệp",
    /** The terminal's own emphasis of the verdict (core's words): capitals in Vietnamese. */
    ready: (verdict: string) => verdict.toLocaleUpperCase("vi"),
    goalsWorkbook: "Mục tiêu: theo sheet Mục tiêu trong tệp.",
    goalsDefault: "Mục tiêu: dùng mục tiêu mặc định (tệp không có sheet Mục tiêu).",
    noFindings: "Không có lỗi hay cảnh báo nào.",
    indicators: "Các chỉ số",
    columns: ["Chỉ số", "Phạm vi", "Giá trị", "Mục tiêu", "Trạng thái", "Còn thiếu"],
    hidden: (n: number) =>
      `(Còn ${n} chỉ số của từng đơn vị không có gì cần lưu ý; dùng --format json để xem tất cả.)`,
    noIndicators: "Không tính được chỉ số nào.",
  },
  en: {
    workbook: "Workbook",
    ready: (verdict: string) => verdict,
    goalsWorkbook: "Goals: from the workbook's Goals sheet.",
    goalsDefault: "Goals: the default goals (the workbook has no Goals sheet).",
    noFindings: "No errors or warnings.",
    indicators: "Indicators",
    columns: ["Indicator", "Scope", "Value", "Goal", "Status", "Needed"],
    hidden: (n: number) =>
      `(${n} more per-unit indicators with nothing to flag; --format json lists them all.)`,
    noIndicators: "No indicator could be computed.",
  },
} as const;

function countsLine(report: Report, lang: Lang): string {
  return SEVERITIES.map((severity) => {
    const n = report.counts[severity];
    return `${formatNumber(n, lang)} ${severityLabel(severity, lang, n).toLocaleLowerCase(lang)}`;
  }).join(", ");
}

function headerLine(report: Report, lang: Lang, paint: Painter): string {
  const words = WORDS[lang];
  const verdict = report.ready
    ? paint.green(paint.bold(words.ready(verdictText(true, 0, lang))))
    : paint.red(paint.bold(verdictText(false, report.counts.error, lang)));
  return `${words.workbook} ${escapeControls(report.workbook)}: ${verdict} — ${countsLine(report, lang)}`;
}

function severityColour(severity: Severity, paint: Painter): (text: string) => string {
  if (severity === "error") return paint.red;
  if (severity === "warning") return paint.yellow;
  return paint.magenta;
}

/** Row, then column, of an A1 address; a sheet-level finding (no cell) comes first. */
function cellOrder(cell: string | undefined): [number, number] {
  const match = cell === undefined ? null : /^([A-Z]+)(\d+)$/.exec(cell);
  if (!match) return [0, 0];
  let column = 0;
  for (const letter of match[1]) column = column * 26 + letter.charCodeAt(0) - 64;
  return [Number(match[2]), column];
}

/** A finding with its cell as shown (escaped) and its row and column worked out once, not at each of the sort's comparisons. */
interface Placed {
  readonly finding: Finding;
  readonly cell: string;
  readonly row: number;
  readonly column: number;
}

function placed(finding: Finding): Placed {
  const [row, column] = cellOrder(finding.cell);
  return { finding, cell: escapeControls(finding.cell ?? "—"), row, column };
}

function byCell(a: Placed, b: Placed): number {
  return a.row - b.row || a.column - b.column;
}

/** A message on one line; most have no newline, and they are left as they are. */
function oneLineMessage(message: string): string {
  return message.includes("\n") ? message.replace(/\s*\n\s*/g, " ") : message;
}

/** Findings grouped by sheet (in the order the engine met them), severity first, then top to bottom; one line at a time. */
function* findingLines(
  findings: ReadonlyArray<Finding>,
  lang: Lang,
  paint: Painter
): Generator<string> {
  const bySheet = new Map<string, Placed[]>();
  // Widths by a loop: a spread of a million findings into Math.max overflows the stack.
  let cellWidth = 1;
  let codeWidth = 0;
  for (const finding of findings) {
    const place = placed(finding);
    const group = bySheet.get(finding.sheet);
    if (group) group.push(place);
    else bySheet.set(finding.sheet, [place]);
    cellWidth = Math.max(cellWidth, displayWidth(place.cell));
    codeWidth = Math.max(codeWidth, finding.code.length + 2);
  }
  for (const [sheet, group] of bySheet) {
    yield "";
    yield paint.bold(escapeControls(sheet));
    for (const severity of SEVERITIES) {
      const ofSeverity = group.filter((place) => place.finding.severity === severity);
      if (ofSeverity.length === 0) continue;
      ofSeverity.sort(byCell);
      yield `  ${severityColour(severity, paint)(`${severityLabel(severity, lang, ofSeverity.length)} (${ofSeverity.length})`)}`;
      for (const { finding, cell: shownCell } of ofSeverity) {
        const cell = shownCell.padEnd(cellWidth);
        const code = `[${finding.code}]`.padEnd(codeWidth);
        yield `    ${cell}  ${paint.dim(code)}  ${escapeControls(oneLineMessage(finding.message))}`;
      }
    }
  }
}

function neededText(indicator: IndicatorResult, lang: Lang): string {
  if (indicator.status !== "shortfall") return "";
  return indicator.needed === null ? "—" : formatNumber(indicator.needed, lang);
}

/** The committee's own figures always; a unit's or a leader's only when it misses its goal, so the table stays small. */
function isWorthShowing(indicator: IndicatorResult): boolean {
  return indicator.scope === "committee" || indicator.status === "shortfall";
}

function indicatorLines(
  indicators: ReadonlyArray<IndicatorResult>,
  lang: Lang,
  paint: Painter
): string[] {
  const words = WORDS[lang];
  const shown = indicators.filter(isWorthShowing);
  const lines = ["", paint.bold(words.indicators)];
  if (indicators.length === 0) return [...lines, `  ${words.noIndicators}`];
  const rows = shown.map((indicator) => [
    indicatorTitle(indicator.id, lang),
    indicator.scope === "committee" ? committeeLabel(lang) : escapeControls(indicator.scope),
    formatIndicatorValue(indicator.id, indicator.value, lang),
    indicator.goal === null ? "—" : formatGoal(indicator.id, indicator.goal, lang),
    statusLabel(indicator.status, lang),
    neededText(indicator, lang),
  ]);
  const statusColumn = 4;
  const table = alignTable(
    words.columns.map((heading, c) => ({
      heading,
      align: c === 2 || c === 5 ? ("right" as const) : ("left" as const),
    })),
    rows,
    (text, row, column) => {
      if (column !== statusColumn) return text;
      const status = shown[row].status;
      if (status === "met") return paint.green(text);
      if (status === "shortfall") return paint.magenta(text);
      return text;
    }
  );
  lines.push(paint.dim(table[0]));
  for (let i = 1; i < table.length; i++) lines.push(table[i]);
  const hidden = indicators.length - shown.length;
  if (hidden > 0) lines.push(`  ${paint.dim(words.hidden(hidden))}`);
  return lines;
}

/** The report for people reading a terminal, line by line (each with its newline): verdict first, then what to fix, then the figures. */
export function* formatTextLines(report: Report, lang: Lang, paint: Painter): Generator<string> {
  const words = WORDS[lang];
  yield `${headerLine(report, lang, paint)}\n`;
  yield `${report.goalsSource === "workbook" ? words.goalsWorkbook : words.goalsDefault}\n`;
  if (report.findings.length === 0) {
    yield "\n";
    yield `${words.noFindings}\n`;
  } else {
    for (const line of findingLines(report.findings, lang, paint)) yield `${line}\n`;
  }
  for (const line of indicatorLines(report.indicators, lang, paint)) yield `${line}\n`;
}

/** The whole text report as one string (tests, small reports); the command line streams formatTextLines. */
export function formatText(report: Report, lang: Lang, paint: Painter): string {
  let text = "";
  for (const line of formatTextLines(report, lang, paint)) text += line;
  return text;
}
