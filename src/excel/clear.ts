import { HostError, toHostError } from "./host-error";
import { scanWorkbook } from "./workbook-scan";
import { ALL_CAPABILITIES, type Capabilities } from "./capabilities";

/**
 * Removes our highlights and our report sheet, and nothing else: the user's values, formats and own conditional
 * formats are untouched, because we only ever added conditional formats (marked by their formula) and a sheet.
 * Three syncs: the sheets, their conditional formats, the deletions. `afterFailedWrite` also removes a
 * highlight whose formula was never set (see ourHighlights).
 */
export async function clear(
  context: Excel.RequestContext,
  afterFailedWrite = false,
  capabilities: Capabilities = ALL_CAPABILITIES
): Promise<void> {
  try {
    const scan = await scanWorkbook(context, afterFailedWrite, capabilities);
    const protectedWithHighlights: string[] = [];
    let deletions = 0;
    for (const sheet of scan.sheets) {
      if (sheet.ourReport) {
        if (scan.workbookProtected) continue;
        sheet.worksheet.delete();
        deletions++;
        continue;
      }
      if (sheet.highlights.length === 0) continue;
      if (sheet.protected) {
        protectedWithHighlights.push(sheet.name);
        continue;
      }
      for (const format of sheet.highlights) format.delete();
      deletions++;
    }
    if (deletions > 0) await context.sync();
    if (scan.workbookProtected && scan.sheets.some((sheet) => sheet.ourReport)) {
      throw new HostError(
        "protected",
        "The workbook's structure is protected, so the report sheet could not be deleted."
      );
    }
    if (protectedWithHighlights.length > 0) {
      throw new HostError(
        "protected",
        `Highlights remain on protected sheets: ${protectedWithHighlights.join(", ")}.`
      );
    }
  } catch (error) {
    throw toHostError(error, "other", "Clearing the highlights");
  }
}
