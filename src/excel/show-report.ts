import type { Lang, Report, Severity } from "../core";
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
import { layoutOf, scanWorkbook, type ScanOptions } from "./workbook-scan";
import type { WorkbookLayout } from "./workbook-layout";
import { ACTION_BYTES, packSteps, WRITE_BUDGET_BYTES, type WriteStep } from "./write-steps";
import { ALL_CAPABILITIES, type Capabilities } from "./capabilities";
import { chartBlocks, printLayoutSteps, reportChartSteps } from "./report-extras";
import type { DocumentSettings } from "./document-settings";
import { saveMadeRecord, type MadeRecord } from "./made-record";
import { EXTENT_PROPERTIES, usedExtent, usedRange } from "./used-extent";

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
  /** Office's document settings, where the record of what we made is kept before ExcelApi 1.4. */
  readonly documentSettings?: DocumentSettings;
  /** Told the report sheet's name once it is written: "… (2)" when a sheet of the user's has the plain name. */
  readonly onWritten?: (reportName: string) => void;
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, shortfall: 2 };

function sameSheetName(a: string, b: string): boolean {
  return a.normalize("NFC").toLowerCase() === b.normalize("NFC").toLowerCase();
}

/**
 * The report sheet's name: the language's name, or "… (2)", "… (3)" when a sheet that is not our replaceable
 * report has it — the user's own sheet of that name, a report sheet the user wrote into, or one made by a version
 * that kept no record. Those are never deleted, so the new report goes beside them.
 */
export function freeReportName(base: string, taken: ReadonlyArray<string>): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base} (${n})`;
    if (!taken.some((other) => sameSheetName(other, name))) return name;
  }
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
    layout = options.layout ?? layoutOf(await scanWorkbook(context, scanOptions(options)));
  } catch (error) {
    throw toHostError(error, "other", "Reading the workbook before writing the report");
  }
  if (layout.workbookProtected) {
    throw new HostError(
      "protected",
      "The workbook's structure is protected, so the report sheet cannot be added. Unprotect the workbook, then validate again."
    );
  }
  const reportName = freeReportName(
    REPORT_SHEET_NAMES[lang],
    layout.sheets.filter((sheet) => !sheet.ourReport).map((sheet) => sheet.name)
  );

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
  const added: Array<{ sheet: string; format: Excel.ConditionalFormat }> = [];
  let written: { worksheet: Excel.Worksheet; used: Excel.Range } | undefined;
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
    ...addHighlightSteps(sheet, drawn, added),
    {
      // After everything on the report sheet: its id and the extent we wrote, to recognise it (unchanged) later.
      bytes: ACTION_BYTES * 3,
      queue: () => {
        const worksheet = context.workbook.worksheets.getItem(reportName);
        worksheet.load("id");
        const used = usedRange(worksheet, capabilities);
        used.load(EXTENT_PROPERTIES);
        written = { worksheet, used };
      },
    },
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
  const record = (): MadeRecord => {
    const sheetIds = new Map(layout.sheets.map((s) => [s.name, s.id]));
    const highlights = new Map<string, string[]>();
    // Highlights on protected sheets could not be removed: they stay ours.
    for (const s of layout.sheets.filter((s) => s.protected && s.ourHighlightIds.length > 0))
      highlights.set(s.id, [...s.ourHighlightIds]);
    for (const { sheet: name, format } of added) {
      const id = sheetIds.get(name);
      if (id === undefined) continue;
      highlights.set(id, [...(highlights.get(id) ?? []), format.id]);
    }
    return {
      ...(written
        ? { reportSheet: { id: written.worksheet.id, used: usedExtent(written.used) } }
        : {}),
      highlights: [...highlights].map(([sheetId, ids]) => ({ sheetId, ids })),
    };
  };
  await runSteps(
    context,
    steps,
    options.writeBudgetBytes ?? WRITE_BUDGET_BYTES,
    { ...scanOptions(options), layout, reportName },
    async () => {
      const saved = saveMadeRecord(context, record(), capabilities, options.documentSettings);
      if (capabilities.supports("1.4")) await context.sync();
      await saved;
    }
  );
  options.onWritten?.(reportName);

  if (highlighting && protectedSkipped.length > 0) {
    throw new HostError(
      "protected",
      `The report was written, but cells on protected sheets were not highlighted: ${protectedSkipped.join(", ")}.`
    );
  }
}

function scanOptions(options: ShowReportOptions): ScanOptions {
  return { capabilities: options.capabilities, documentSettings: options.documentSettings };
}

interface Rollback extends ScanOptions {
  readonly layout: WorkbookLayout;
  readonly reportName: string;
}

/**
 * After a failed write, removes what that write added — and only that: a sheet with the report's name whose id
 * was not in the workbook before, and conditional formats marked like ours (or with no formula yet) whose ids
 * were not on their sheet before. The record keeps what it had that still exists.
 */
async function rollBack(context: Excel.RequestContext, rollback: Rollback): Promise<void> {
  const scan = await scanWorkbook(context, rollback);
  const before = new Map(rollback.layout.sheets.map((sheet) => [sheet.id, sheet]));
  for (const sheet of scan.sheets) {
    const known = before.get(sheet.id);
    if (!known) {
      if (sameSheetName(sheet.name, rollback.reportName)) sheet.worksheet.delete();
      continue;
    }
    if (known.protected) continue;
    const old = new Set(known.formatIds);
    for (const format of sheet.markedFormats) if (!old.has(format.id)) format.delete();
  }
  const reportLeft = scan.sheets.some((sheet) => sheet.ourReport || sheet.reportKept);
  const saved = saveMadeRecord(
    context,
    {
      ...(reportLeft && scan.made.reportSheet ? { reportSheet: scan.made.reportSheet } : {}),
      highlights: scan.sheets
        .filter((sheet) => sheet.highlights.length > 0)
        .map((sheet) => ({ sheetId: sheet.id, ids: sheet.highlights.map((format) => format.id) })),
    },
    rollback.capabilities ?? ALL_CAPABILITIES,
    rollback.documentSettings
  );
  await context.sync();
  await saved;
}

async function runSteps(
  context: Excel.RequestContext,
  steps: ReadonlyArray<WriteStep>,
  budgetBytes: number,
  rollback: Rollback,
  finish: () => Promise<void>
): Promise<void> {
  let synced = 0;
  try {
    for (const group of packSteps(steps, budgetBytes)) {
      for (const step of group) step.queue();
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per batch packed within Excel's request size
      await context.sync();
      synced++;
    }
    await finish();
  } catch (error) {
    // A batch that Excel refused outright (cell-edit mode) ran nothing; anything else may have run in part.
    if (synced > 0 || !refusedBeforeRunning(error)) {
      try {
        await rollBack(context, rollback);
      } catch {
        // The user will see the first error; a second one would only hide it.
      }
    }
    throw toHostError(error, "other", "Writing the report");
  }
}
