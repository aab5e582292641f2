import {
  formatGoal,
  formatIndicatorValue,
  indicatorTitle,
  severityLabel,
  statusLabel,
} from "../core";
import type { Finding, IndicatorResult, Lang, Report, Severity } from "../core";
import { sheetReference } from "./a1";
import { REPORT_SHEET_TEXT } from "./report-sheet-text";

export type ReportCell = string | number;

export interface ReportLink {
  readonly row: number;
  readonly column: number;
  readonly documentReference: string;
  readonly textToDisplay: string;
}

/** The report sheet as plain data, laid out before anything is written, so it can be written in whole blocks. */
export interface ReportSheetContent {
  readonly columnCount: number;
  /** Every row padded to columnCount. */
  readonly rows: ReadonlyArray<ReadonlyArray<ReportCell>>;
  /** The number format of each cell: '@' (text) for every string, so nothing typed by the user turns into a formula. */
  readonly formats: ReadonlyArray<ReadonlyArray<string>>;
  readonly boldRows: ReadonlyArray<number>;
  readonly links: ReadonlyArray<ReportLink>;
  /** Row index of the first finding: the rows above are the summary and indicators. */
  readonly findingsStart: number;
  /** Column widths in points. */
  readonly columnWidths: ReadonlyArray<number>;
  /** Row index of the findings table's header row (repeated on every printed page). */
  readonly findingsHeaderRow: number;
}

export interface ReportSheetFacts {
  readonly at: Date;
  /** Sheets that exist in the workbook: only their cells get a link. */
  readonly sheetNames: ReadonlySet<string>;
  readonly protectedSkipped: ReadonlyArray<string>;
  /** Set when only this many highlight areas were drawn. */
  readonly highlightsCappedAt?: number;
  /** This Excel has no conditional formats (ExcelApi 1.6): no cell was highlighted, this table is the list. */
  readonly highlightsOff?: boolean;
}

const COLUMNS = 6;
const COLUMN_WIDTHS = [240, 150, 90, 120, 380, 80];
const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, shortfall: 2 };

function pad(row: ReadonlyArray<ReportCell>): ReportCell[] {
  const padded = [...row];
  while (padded.length < COLUMNS) padded.push("");
  return padded;
}

function localTime(at: Date, lang: Lang): string {
  const two = (n: number) => String(n).padStart(2, "0");
  const time = `${two(at.getHours())}:${two(at.getMinutes())}`;
  return lang === "vi"
    ? `${two(at.getDate())}/${two(at.getMonth() + 1)}/${at.getFullYear()} ${time}`
    : `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())} ${time}`;
}

function indicatorRow(indicator: IndicatorResult, lang: Lang): ReportCell[] {
  const text = REPORT_SHEET_TEXT[lang];
  return [
    indicatorTitle(indicator.id, lang),
    indicator.scope === "committee" ? text.committee : indicator.scope,
    formatIndicatorValue(indicator.id, indicator.value, lang),
    indicator.goal ? formatGoal(indicator.id, indicator.goal, lang) : "",
    statusLabel(indicator.status, lang),
    indicator.needed ?? "",
  ];
}

function sortedFindings(findings: ReadonlyArray<Finding>): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] || a.index - b.index
    )
    .map(({ finding }) => finding);
}

export function reportSheetContent(
  report: Report,
  lang: Lang,
  facts: ReportSheetFacts
): ReportSheetContent {
  const text = REPORT_SHEET_TEXT[lang];
  const rows: ReportCell[][] = [];
  const boldRows: number[] = [];
  const links: ReportLink[] = [];
  const add = (row: ReadonlyArray<ReportCell>, bold = false) => {
    if (bold) boldRows.push(rows.length);
    rows.push(pad(row));
  };

  add([text.title], true);
  add([text.workbook, report.workbook]);
  add([text.checkedAt, localTime(facts.at, lang)]);
  add([text.verdict, report.ready ? text.ready : text.errorsToFix(report.counts.error)], true);
  for (const severity of ["error", "warning", "shortfall"] as const)
    add([severityLabel(severity, lang, 2), report.counts[severity]]);
  add([text.goals, report.goalsSource === "workbook" ? text.goalsWorkbook : text.goalsDefault]);
  if (facts.protectedSkipped.length > 0)
    add([text.protectedNotHighlighted(facts.protectedSkipped.join(", "))]);
  if (facts.highlightsCappedAt !== undefined)
    add([text.highlightsCapped(facts.highlightsCappedAt)]);
  if (facts.highlightsOff) add([text.highlightsOff]);

  add([]);
  add([text.indicators], true);
  add(text.indicatorHeaders, true);
  if (report.indicators.length === 0) add([text.noIndicators]);
  for (const indicator of report.indicators) add(indicatorRow(indicator, lang));

  add([]);
  add([text.findings], true);
  const findingsHeaderRow = rows.length;
  add(text.findingHeaders, true);
  if (report.findings.length === 0) add([text.noFindings]);
  const findingsStart = rows.length;
  for (const finding of sortedFindings(report.findings)) {
    if (finding.cell && facts.sheetNames.has(finding.sheet)) {
      links.push({
        row: rows.length,
        column: 2,
        documentReference: sheetReference(finding.sheet, finding.cell),
        textToDisplay: finding.cell,
      });
    }
    add([
      severityLabel(finding.severity, lang),
      finding.sheet,
      finding.cell ?? "",
      finding.code,
      finding.message,
    ]);
  }

  const formats = rows.map((row) =>
    row.map((cell) => (typeof cell === "number" ? "General" : "@"))
  );
  return {
    columnCount: COLUMNS,
    rows,
    formats,
    boldRows,
    links,
    findingsStart,
    columnWidths: COLUMN_WIDTHS,
    findingsHeaderRow,
  };
}
