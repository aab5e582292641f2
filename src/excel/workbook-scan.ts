import { ourHighlights } from "./our-highlights";
import { CONDITIONAL_FORMAT_LOAD, type WorkbookLayout } from "./workbook-layout";
import { ALL_CAPABILITIES, type Capabilities } from "./capabilities";
import { highlightIdsOn, queueLoadMadeRecord, type MadeRecord } from "./made-record";
import type { DocumentSettings } from "./document-settings";
import { EXTENT_PROPERTIES, usedExtent, usedRange } from "./used-extent";

export interface ScannedSheet {
  readonly worksheet: Excel.Worksheet;
  readonly id: string;
  readonly name: string;
  readonly protected: boolean;
  readonly visible: boolean;
  /** The report sheet we recorded, unchanged since we wrote it. */
  readonly ourReport: boolean;
  /** The report sheet we recorded, with more (or less) in it than we wrote: the user's now. */
  readonly reportKept: boolean;
  /** Our highlights on this sheet (recorded ids that still exist), loaded and ready to delete. */
  readonly highlights: ReadonlyArray<Excel.ConditionalFormat>;
  /** Every conditional format's id on this sheet. */
  readonly formatIds: ReadonlyArray<string>;
  /** Conditional formats marked like ours or with no formula: only a failed write's clean-up uses them, and only
   *  those whose ids were not on the sheet before that write. */
  readonly markedFormats: ReadonlyArray<Excel.ConditionalFormat>;
}

export interface WorkbookScan {
  readonly workbookProtected: boolean;
  readonly sheets: ReadonlyArray<ScannedSheet>;
  readonly made: MadeRecord;
}

export interface ScanOptions {
  readonly capabilities?: Capabilities;
  readonly documentSettings?: DocumentSettings;
}

/**
 * Two syncs: the sheets (with their ids) and what we recorded as ours, then each sheet's conditional formats and
 * the used range of our recorded report sheet. Sheet protection is asked from ExcelApi 1.2, the workbook's from
 * 1.7, conditional formats from 1.6 (before it we never made any, so there are none of ours to find).
 */
export async function scanWorkbook(
  context: Excel.RequestContext,
  options: ScanOptions = {}
): Promise<WorkbookScan> {
  const capabilities = options.capabilities ?? ALL_CAPABILITIES;
  const sheetProtection = capabilities.supports("1.2");
  const worksheets = context.workbook.worksheets;
  worksheets.load(
    sheetProtection
      ? "items/id,items/name,items/visibility,items/protection/protected"
      : "items/id,items/name,items/visibility"
  );
  const protection = capabilities.supports("1.7") ? context.workbook.protection : null;
  protection?.load("protected");
  const made = queueLoadMadeRecord(context, capabilities, options.documentSettings);
  await context.sync();
  const record = made();

  const loaded = worksheets.items.map((worksheet) => {
    const formats = capabilities.supports("1.6") ? worksheet.getRange().conditionalFormats : null;
    formats?.load(CONDITIONAL_FORMAT_LOAD);
    const recordedReport = record.reportSheet?.id === worksheet.id;
    const used = recordedReport ? usedRange(worksheet, capabilities) : null;
    used?.load(EXTENT_PROPERTIES);
    return { worksheet, formats, used };
  });
  await context.sync();

  return {
    workbookProtected: protection?.protected === true,
    made: record,
    sheets: loaded.map(({ worksheet, formats, used }) => {
      const ours = highlightIdsOn(record, worksheet.id);
      const unchanged = used !== null && usedExtent(used) === record.reportSheet?.used;
      return {
        worksheet,
        id: worksheet.id,
        name: worksheet.name,
        protected: sheetProtection && worksheet.protection.protected === true,
        visible: worksheet.visibility === "Visible",
        ourReport: used !== null && unchanged,
        reportKept: used !== null && !unchanged,
        highlights: formats ? formats.items.filter((format) => ours.has(format.id)) : [],
        formatIds: formats ? formats.items.map((format) => format.id) : [],
        markedFormats: formats ? ourHighlights(formats, true) : [],
      };
    }),
  };
}

export function layoutOf(scan: WorkbookScan): WorkbookLayout {
  return {
    workbookProtected: scan.workbookProtected,
    made: scan.made,
    sheets: scan.sheets.map((sheet) => ({
      id: sheet.id,
      name: sheet.name,
      protected: sheet.protected,
      visible: sheet.visible,
      ourReport: sheet.ourReport,
      reportKept: sheet.reportKept,
      ourHighlightIds: sheet.highlights.map((format) => format.id),
      formatIds: sheet.formatIds,
    })),
  };
}
