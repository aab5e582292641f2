import type { Lang, Report, Severity } from "../core";
import { clear } from "./clear";
import { HostError, refusedBeforeRunning, toHostError } from "./host-error";
import { highlightAreas } from "./highlight-areas";
import {
  addHighlightSteps,
  MAX_HIGHLIGHT_AREAS,
  removeHighlightSteps,
  sheetGetter,
} from "./highlights";
import { reportSheetSteps } from "./report-sheet";
import { reportSheetContent } from "./report-sheet-content";
import { REPORT_SHEET_NAMES } from "./report-sheet-name";
import { queueSaveState } from "./settings";
import { layoutOf, scanWorkbook } from "./workbook-scan";
import type { WorkbookLayout } from "./workbook-layout";
import { ACTION_BYTES, packSteps, WRITE_BUDGET_BYTES, type WriteStep } from "./write-steps";
import { ALL_CAPABILITIES, type Capabilities } from "./capabilities";
import { chartBlocks, printLayoutSteps, reportChartSteps } from "./report-extras";

export interface ShowReportOptions {
  /** What the read learned about the sheets; without it the workbook is scanned first (two more syncs). */
  readonly layout?: WorkbookLayout;
  readonly now?: Date;
  readonly writeBudgetBytes?: number;
  readonly maxHighlightAreas?: number;
  /**
   * What this Excel supports (every feature by default). Without conditional formats (1.6) no cell is
   * highlighted — changing the user's fills instead would be changing their workbook — and the report sheet
   * says so; without Workbook.settings (1.4) the caller saves the state elsewhere.
   */
  readonly capabilities?: Capabilities;
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, shortfall: 2 };

function sameSheetName(a: string, b: string): boolean {
  return a.normalize("NFC").toLowerCase() === b.normalize("NFC").toLowerCase();
}

/**
 * Highlights the findings' cells, rebuilds the report sheet and remembers the validation — in one sync for a
 * normal report (a few more only when the findings table alone would pass Excel on the web's 5 MB request
 * limit). Office.js does not roll a failed batch back, so if any sync fails, everything we wrote is removed
 * again and the workbook is left as it was before our marks: never a half-built report.
 */
export async function showReport(
  context: Excel.RequestContext,
  report: Report,
  lang: Lang,
  options: ShowReportOptions = {}
): Promise<void> {
  const capabilities = options.capabilities ?? ALL_CAPABILITIES;
  const highlighting = capabilities.supports("1.6");
  let layout: WorkbookLayout;
  try {
    layout = options.layout ?? layoutOf(await scanWorkbook(context, false, capabilities));
  } catch (error) {
    throw toHostError(error, "other", "Reading the workbook before writing the report");
  }
  if (layout.workbookProtected) {
    throw new HostError(
      "protected",
      "The workbook's structure is protected, so the report sheet cannot be added. Unprotect the workbook, then validate again."
    );
  }
  const reportName = REPORT_SHEET_NAMES[lang];
  if (
    layout.sheets.some((sheet) => sheet.foreignReportName && sameSheetName(sheet.name, reportName))
  ) {
    throw new HostError(
      "other",
      `The workbook already has a sheet named "${reportName}" that Committee Check did not make. Rename it, then validate again.`
    );
  }

  const userSheets = new Map(
    layout.sheets.filter((sheet) => !sheet.ourReport).map((sheet) => [sheet.name, sheet])
  );
  const areas = highlightAreas(report.findings.filter((finding) => userSheets.has(finding.sheet)));
  const protectedSkipped = [
    ...new Set(
      areas.filter((area) => userSheets.get(area.sheet)?.protected).map((area) => area.sheet)
    ),
  ];
  const drawable = areas
    .filter((area) => !userSheets.get(area.sheet)?.protected)
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const maxAreas = options.maxHighlightAreas ?? MAX_HIGHLIGHT_AREAS;
  const drawn = highlighting ? drawable.slice(0, maxAreas) : [];

  const at = options.now ?? new Date();
  const content = reportSheetContent(report, lang, {
    at,
    sheetNames: new Set(userSheets.keys()),
    protectedSkipped,
    highlightsCappedAt: highlighting && drawable.length > maxAreas ? maxAreas : undefined,
    highlightsOff: !highlighting,
  });

  const sheet = sheetGetter(context);
  const steps: WriteStep[] = [
    ...removeHighlightSteps(
      sheet,
      layout.sheets
        .filter((s) => !s.protected && !s.ourReport)
        .map((s) => ({ name: s.name, ids: s.ourHighlightIds }))
    ),
    ...layout.sheets
      .filter((s) => s.ourReport)
      .map((s) => ({ bytes: ACTION_BYTES, queue: () => sheet(s.name).delete() })),
    ...reportSheetSteps(context, reportName, content, capabilities),
    // Below the table, after a blank row: the bars' figures as native charts (1.1); then the print layout (1.9).
    ...reportChartSteps(
      context,
      reportName,
      content.rows.length + 1,
      chartBlocks(report, lang),
      lang
    ),
    ...printLayoutSteps(
      context,
      reportName,
      content.columnWidths,
      content.findingsHeaderRow,
      capabilities
    ),
    ...addHighlightSteps(sheet, drawn),
    ...(capabilities.supports("1.4")
      ? [
          {
            bytes: ACTION_BYTES * 2,
            queue: () =>
              queueSaveState(context, {
                lang,
                lastValidation: {
                  at: at.toISOString(),
                  ready: report.ready,
                  counts: report.counts,
                },
              }),
          },
        ]
      : []),
  ];
  await runSteps(context, steps, options.writeBudgetBytes ?? WRITE_BUDGET_BYTES, capabilities);

  if (highlighting && protectedSkipped.length > 0) {
    throw new HostError(
      "protected",
      `The report was written, but cells on protected sheets were not highlighted: ${protectedSkipped.join(", ")}.`
    );
  }
}

async function runSteps(
  context: Excel.RequestContext,
  steps: ReadonlyArray<WriteStep>,
  budgetBytes: number,
  capabilities: Capabilities
): Promise<void> {
  let synced = 0;
  try {
    for (const group of packSteps(steps, budgetBytes)) {
      for (const step of group) step.queue();
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per batch packed within Excel's request size
      await context.sync();
      synced++;
    }
  } catch (error) {
    // A batch that Excel refused outright (cell-edit mode) ran nothing; anything else may have run in part.
    if (synced > 0 || !refusedBeforeRunning(error)) {
      try {
        await clear(context, true, capabilities);
      } catch {
        // The user will see the first error; a second one would only hide it.
      }
    }
    throw toHostError(error, "other", "Writing the report");
  }
}
