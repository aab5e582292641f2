import type { ReportCell, ReportSheetContent } from "./report-sheet-content";
import { ACTION_BYTES, type WriteStep } from "./write-steps";
import { rectAddress } from "./a1";
import { ALL_CAPABILITIES, type Capabilities } from "./capabilities";
import { hyperlinkFormula } from "./hyperlink-formula";

/** Finding rows per `values` assignment: large reports go out in blocks that each fit one request. */
export const FINDING_ROWS_PER_BLOCK = 1_000;

const utf8 = new TextEncoder();

/** The JSON of a value in UTF-8 bytes (Vietnamese letters take two or three), as the request carries it. */
function requestBytes(value: unknown): number {
  return utf8.encode(JSON.stringify(value)).length;
}

/**
 * The report sheet's writes as steps: the sheet with its summary and indicators, then the findings in blocks.
 * Each block sets the number format to Text before the values, so a unit named "=SUM(1)" or "+84 …" stays the
 * text the user typed instead of becoming a formula or a number; one `values` assignment per block.
 */
export function reportSheetSteps(
  context: Excel.RequestContext,
  name: string,
  content: ReportSheetContent,
  capabilities: Capabilities = ALL_CAPABILITIES
): WriteStep[] {
  const nativeLinks = capabilities.supports("1.7");
  const widths = capabilities.supports("1.2");
  let sheet: Excel.Worksheet | undefined;
  const on = (): Excel.Worksheet => {
    if (!sheet) throw new Error("The report sheet is written before it is added");
    return sheet;
  };

  const writeRows = (first: number, end: number) => {
    const range = on().getRange(rectAddress(first, 0, end - first, content.columnCount));
    range.numberFormat = content.formats.slice(first, end) as string[][];
    range.values = content.rows.slice(first, end) as ReportCell[][];
  };

  const steps: WriteStep[] = [
    {
      bytes:
        requestBytes(content.rows.slice(0, content.findingsStart)) +
        requestBytes(content.formats.slice(0, content.findingsStart)) +
        ACTION_BYTES * (4 + content.boldRows.length + content.columnWidths.length),
      queue: () => {
        sheet = context.workbook.worksheets.add(name);
        if (content.findingsStart > 0) writeRows(0, content.findingsStart);
        for (const row of content.boldRows)
          on().getRange(rectAddress(row, 0, 1, content.columnCount)).format.font.bold = true;
        // Column widths are writable from ExcelApi 1.2; Excel 2016 without updates keeps its default widths.
        if (widths) {
          content.columnWidths.forEach((width, column) => {
            on().getRange(rectAddress(0, column, 1, 1)).format.columnWidth = width;
          });
        }
      },
    },
  ];

  for (
    let first = content.findingsStart;
    first < content.rows.length;
    first += FINDING_ROWS_PER_BLOCK
  ) {
    const end = Math.min(content.rows.length, first + FINDING_ROWS_PER_BLOCK);
    const links = content.links.filter((link) => link.row >= first && link.row < end);
    steps.push({
      bytes:
        requestBytes(content.rows.slice(first, end)) +
        requestBytes(content.formats.slice(first, end)) +
        links.reduce((sum, link) => sum + ACTION_BYTES + requestBytes(link), 0),
      queue: () => {
        writeRows(first, end);
        // Links after the values: they point at the cell text ("B7") that the values just wrote.
        for (const link of links) {
          const cell = on().getRange(rectAddress(link.row, link.column, 1, 1));
          if (nativeLinks) {
            cell.hyperlink = {
              documentReference: link.documentReference,
              textToDisplay: link.textToDisplay,
            };
          } else {
            // Range.hyperlink is ExcelApi 1.7: before it, Excel's own HYPERLINK function makes the same link.
            // The cell was written as text ('@'); a formula needs the General format to be a formula.
            cell.numberFormat = [["General"]];
            cell.formulas = [[hyperlinkFormula(link.documentReference, link.textToDisplay)]];
          }
        }
      },
    });
  }
  return steps;
}
