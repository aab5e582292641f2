import { ourHighlights } from "./our-highlights";
import { isOurReportTitle, isReportSheetName } from "./report-sheet-name";
import { CONDITIONAL_FORMAT_LOAD, type WorkbookLayout } from "./workbook-layout";
import { ALL_CAPABILITIES, type Capabilities } from "./capabilities";

export interface ScannedSheet {
  readonly worksheet: Excel.Worksheet;
  readonly name: string;
  readonly protected: boolean;
  readonly visible: boolean;
  readonly ourReport: boolean;
  readonly foreignReportName: boolean;
  /** Our highlights on this sheet, loaded and ready to delete. */
  readonly highlights: ReadonlyArray<Excel.ConditionalFormat>;
}

export interface WorkbookScan {
  readonly workbookProtected: boolean;
  readonly sheets: ReadonlyArray<ScannedSheet>;
}

/**
 * Two syncs: the sheets, then each sheet's conditional formats (and the title of a sheet named like our report).
 * Sheet protection is asked from ExcelApi 1.2, the workbook's from 1.7, conditional formats from 1.6 (before
 * it we never made any, so there are none of ours to find).
 */
export async function scanWorkbook(
  context: Excel.RequestContext,
  includeIncomplete = false,
  capabilities: Capabilities = ALL_CAPABILITIES
): Promise<WorkbookScan> {
  const sheetProtection = capabilities.supports("1.2");
  const worksheets = context.workbook.worksheets;
  worksheets.load(
    sheetProtection
      ? "items/name,items/visibility,items/protection/protected"
      : "items/name,items/visibility"
  );
  const protection = capabilities.supports("1.7") ? context.workbook.protection : null;
  protection?.load("protected");
  await context.sync();

  const loaded = worksheets.items.map((worksheet) => {
    const formats = capabilities.supports("1.6") ? worksheet.getRange().conditionalFormats : null;
    formats?.load(CONDITIONAL_FORMAT_LOAD);
    const title = isReportSheetName(worksheet.name) ? worksheet.getRange("A1") : null;
    title?.load("values");
    return { worksheet, formats, title };
  });
  await context.sync();

  return {
    workbookProtected: protection?.protected === true,
    sheets: loaded.map(({ worksheet, formats, title }) => {
      const ourReport = title !== null && isOurReportTitle(title.values?.[0]?.[0]);
      return {
        worksheet,
        name: worksheet.name,
        protected: sheetProtection && worksheet.protection.protected === true,
        visible: worksheet.visibility === "Visible",
        ourReport,
        foreignReportName: title !== null && !ourReport,
        highlights: formats ? ourHighlights(formats, includeIncomplete) : [],
      };
    }),
  };
}

export function layoutOf(scan: WorkbookScan): WorkbookLayout {
  return {
    workbookProtected: scan.workbookProtected,
    sheets: scan.sheets.map((sheet) => ({
      name: sheet.name,
      protected: sheet.protected,
      visible: sheet.visible,
      ourReport: sheet.ourReport,
      foreignReportName: sheet.foreignReportName,
      ourHighlightIds: sheet.highlights.map((format) => format.id),
    })),
  };
}
