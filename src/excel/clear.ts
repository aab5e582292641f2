import { HostError, toHostError } from "./host-error";
import { scanWorkbook } from "./workbook-scan";
import { ALL_CAPABILITIES, type Capabilities } from "./capabilities";
import { saveMadeRecord, type MadeRecord } from "./made-record";
import type { DocumentSettings } from "./document-settings";

export interface ClearOptions {
  readonly capabilities?: Capabilities;
  /** Office's document settings, where the record of what we made is kept before ExcelApi 1.4. */
  readonly documentSettings?: DocumentSettings;
}

/**
 * Removes what we recorded as ours — the report sheet and our highlights, by Office.js id — and nothing else: a
 * sheet or conditional format that merely looks like ours is never touched, nor a report sheet the user has
 * written into (it becomes theirs and is forgotten). Three syncs: the sheets and the record, the conditional
 * formats, the deletions with the record of what is left (one sync when nothing is recorded).
 */
export async function clear(
  context: Excel.RequestContext,
  options: ClearOptions = {}
): Promise<void> {
  const capabilities = options.capabilities ?? ALL_CAPABILITIES;
  try {
    const scan = await scanWorkbook(context, options);
    const protectedWithHighlights: string[] = [];
    const left: Array<MadeRecord["highlights"][number]> = [];
    let reportLeft: MadeRecord["reportSheet"];
    let deletions = 0;
    for (const sheet of scan.sheets) {
      if (sheet.ourReport) {
        if (scan.workbookProtected) {
          reportLeft = scan.made.reportSheet;
          continue;
        }
        sheet.worksheet.delete();
        deletions++;
        continue;
      }
      if (sheet.highlights.length === 0) continue;
      if (sheet.protected) {
        protectedWithHighlights.push(sheet.name);
        left.push({ sheetId: sheet.id, ids: sheet.highlights.map((format) => format.id) });
        continue;
      }
      for (const format of sheet.highlights) format.delete();
      deletions++;
    }
    const recorded = scan.made.reportSheet !== undefined || scan.made.highlights.length > 0;
    if (recorded) {
      const saved = saveMadeRecord(
        context,
        { ...(reportLeft ? { reportSheet: reportLeft } : {}), highlights: left },
        capabilities,
        options.documentSettings
      );
      await context.sync();
      await saved;
    } else if (deletions > 0) {
      await context.sync();
    }
    if (reportLeft) {
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
