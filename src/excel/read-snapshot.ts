import type { SheetSnapshot, WorkbookSnapshot } from "../core";
import { planBlockReads, type SheetPart } from "./block-plan";
import { blockBytes, placeBlock } from "./cell-mapping";
import { toHostError } from "./host-error";
import { CELL_PROPERTIES, dataOf, readBlocks, type Rows } from "./read-blocks";
import {
  budgetAfterMeasuring,
  FIRST_WINDOW_COLUMNS,
  firstWindowRows,
  readBudget,
  type ReadBudget,
} from "./read-limits";
import { cellCount, subtract, type Rect } from "./rect";
import { highlightIdsOn, queueLoadMadeRecord, type MadeRecord } from "./made-record";
import type { DocumentSettings } from "./document-settings";
import { usedExtent } from "./used-extent";
import { CONDITIONAL_FORMAT_LOAD, type SheetLayout, type WorkbookLayout } from "./workbook-layout";
import { ALL_CAPABILITIES, type Capabilities } from "./capabilities";
import { rectAddress } from "./a1";

export interface ReadOptions {
  /** Injectable so tests can show the chunking on a small sheet; the default is Excel on the web's limits. */
  readonly budget?: ReadBudget;
  readonly firstWindowColumns?: number;
  /** What this Excel supports; every feature by default. */
  readonly capabilities?: Capabilities;
  /** Office's document settings, where the record of what we made is kept before ExcelApi 1.4. */
  readonly documentSettings?: DocumentSettings;
}

export interface WorkbookRead {
  readonly snapshot: WorkbookSnapshot;
  readonly layout: WorkbookLayout;
}

const RECT_PROPERTIES = "rowIndex,columnIndex,rowCount,columnCount";

interface SheetRead {
  readonly worksheet: Excel.Worksheet;
  readonly name: string;
  readonly visible: boolean;
  readonly protected: boolean;
  /** The report sheet we recorded (by id): read only when the user has written into it since. */
  readonly recordedReport: boolean;
  readonly used: Excel.Range;
  readonly window: Excel.Range | null;
  readonly highlights: Excel.ConditionalFormatCollection | null;
}

function rectOf(range: Excel.Range): Rect {
  return {
    row: range.rowIndex,
    column: range.columnIndex,
    rowCount: range.rowCount,
    columnCount: range.columnCount,
  };
}

/**
 * Sync 1: the sheets (ids, names, visibility, protection), the workbook's protection and our record of what we
 * made (see made-record).
 * Sync 2: for every sheet its used range, our highlights, and the cells of a first window (the top rows of the
 * first columns) sized so all windows together fit one request. A committee workbook of a few hundred rows
 * per sheet is then fully read; only taller or wider sheets take further syncs, in blocks within the limits.
 *
 * Below ExcelApi 1.4 there is no used range that may be empty: sync 2 asks only for each sheet's
 * getUsedRange() (an empty sheet answers A1) and the cells follow in blocks. Sheet protection is asked from
 * 1.2, the workbook's from 1.7, our highlights (conditional formats) from 1.6; cells are always addressed
 * by A1 address (getRange, 1.1), never getRangeByIndexes (1.7).
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  onProgress: (fraction: number) => void = () => undefined,
  options: ReadOptions = {}
): Promise<WorkbookRead> {
  try {
    return await read(context, onProgress, options);
  } catch (error) {
    throw toHostError(error, "other", "Reading the workbook");
  }
}

export async function readSnapshot(
  context: Excel.RequestContext,
  onProgress?: (fraction: number) => void,
  options?: ReadOptions
): Promise<WorkbookSnapshot> {
  return (await readWorkbook(context, onProgress, options)).snapshot;
}

/** A sheet of the workbook as sync 1 lists it. */
interface ListedSheet {
  readonly worksheet: Excel.Worksheet;
  readonly name: string;
  /** The report sheet we recorded (by id). */
  readonly recordedReport: boolean;
}

/** What this Excel lets the read ask for. */
interface ReadGates {
  readonly sheetProtection: boolean;
  readonly nullableRanges: boolean;
  readonly conditionalFormats: boolean;
}

/** Sync 1: the sheets, the workbook's protection and our record of what we made. */
async function listSheets(
  context: Excel.RequestContext,
  capabilities: Capabilities,
  gates: ReadGates,
  options: ReadOptions
) {
  const worksheets = context.workbook.worksheets;
  worksheets.load(
    gates.sheetProtection
      ? "items/id,items/name,items/visibility,items/protection/protected"
      : "items/id,items/name,items/visibility"
  );
  const workbookProtection = capabilities.supports("1.7") ? context.workbook.protection : null;
  workbookProtection?.load("protected");
  const made = queueLoadMadeRecord(context, capabilities, options.documentSettings);
  await context.sync();
  const record = made();
  // Every sheet is read, committee-named or not: the saved header mapping (a very hidden sheet) may name any of
  // them, and for a workbook with none of the form's sheets the pane says so and offers to map or insert them.
  const listed = worksheets.items.map((worksheet) => ({
    worksheet,
    name: worksheet.name,
    recordedReport: record.reportSheet?.id === worksheet.id,
  }));
  return { listed, record, workbookProtected: () => workbookProtection?.protected === true };
}

/** Sync 2, queued: each sheet's used range, highlights and first window of cells. */
function queueSheetReads(
  listed: ReadonlyArray<ListedSheet>,
  gates: ReadGates,
  window: Rect
): SheetRead[] {
  return listed.map(({ worksheet, name, recordedReport }) => {
    const used = gates.nullableRanges
      ? worksheet.getUsedRangeOrNullObject(true)
      : gates.sheetProtection
        ? worksheet.getUsedRange(true)
        : worksheet.getUsedRange();
    used.load(RECT_PROPERTIES);
    const highlights = gates.conditionalFormats ? worksheet.getRange().conditionalFormats : null;
    highlights?.load(CONDITIONAL_FORMAT_LOAD);
    let cells: Excel.Range | null = null;
    // Our own report's cells are not read; if its used range shows the user wrote into it, its cells follow.
    if (!recordedReport && gates.nullableRanges) {
      cells = worksheet
        .getRange(rectAddress(window.row, window.column, window.rowCount, window.columnCount))
        .getUsedRangeOrNullObject(true);
      cells.load(`${RECT_PROPERTIES},${CELL_PROPERTIES}`);
    }
    return {
      worksheet,
      name,
      visible: worksheet.visibility === "Visible",
      protected: gates.sheetProtection && worksheet.protection.protected === true,
      recordedReport,
      used,
      window: cells,
      highlights,
    };
  });
}

/** After sync 2: each sheet's layout, the rows its first window filled, and the blocks still to read. */
function layOut(
  reads: ReadonlyArray<SheetRead>,
  record: MadeRecord,
  gates: ReadGates,
  requestedWindow: Rect
) {
  const rowsBySheet = new Map<string, Rows>();
  const worksheetByName = new Map<string, Excel.Worksheet>();
  const parts: SheetPart[] = [];
  const layoutSheets: SheetLayout[] = [];
  let totalCells = 0;
  let windowCells = 0;
  let windowBytes = 0;
  for (const sheet of reads) {
    const unchanged = usedExtent(sheet.used) === record.reportSheet?.used;
    const ourReport = sheet.recordedReport && unchanged;
    const ours = highlightIdsOn(record, sheet.worksheet.id);
    const formatIds = sheet.highlights ? sheet.highlights.items.map((format) => format.id) : [];
    layoutSheets.push({
      id: sheet.worksheet.id,
      name: sheet.name,
      protected: sheet.protected,
      visible: sheet.visible,
      ourReport,
      reportKept: sheet.recordedReport && !unchanged,
      ourHighlightIds: formatIds.filter((id) => ours.has(id)),
      formatIds,
    });
    if (ourReport) continue;
    const rows: Rows = [];
    rowsBySheet.set(sheet.name, rows);
    worksheetByName.set(sheet.name, sheet.worksheet);
    if (gates.nullableRanges && sheet.used.isNullObject) continue;
    const used = rectOf(sheet.used);
    totalCells += cellCount(used);
    let done: Rect | null = null;
    if (sheet.window) {
      done = requestedWindow;
      if (!sheet.window.isNullObject) {
        const data = dataOf(sheet.window);
        placeBlock(rows, sheet.window.rowIndex, sheet.window.columnIndex, data);
        windowCells += sheet.window.rowCount * sheet.window.columnCount;
        windowBytes += blockBytes(data);
      }
    }
    for (const rect of subtract(used, done)) parts.push({ sheet: sheet.name, rect });
  }
  return {
    rowsBySheet,
    worksheetByName,
    parts,
    layoutSheets,
    totalCells,
    windowCells,
    windowBytes,
  };
}

async function read(
  context: Excel.RequestContext,
  onProgress: (fraction: number) => void,
  options: ReadOptions
): Promise<WorkbookRead> {
  const budget = options.budget ?? readBudget();
  const windowColumns = options.firstWindowColumns ?? FIRST_WINDOW_COLUMNS;
  const capabilities = options.capabilities ?? ALL_CAPABILITIES;
  const gates: ReadGates = {
    sheetProtection: capabilities.supports("1.2"),
    nullableRanges: capabilities.supports("1.4"),
    conditionalFormats: capabilities.supports("1.6"),
  };

  const { listed, record, workbookProtected } = await listSheets(
    context,
    capabilities,
    gates,
    options
  );
  const dataSheetCount = listed.filter((sheet) => !sheet.recordedReport).length;
  const windowRows = firstWindowRows(budget, dataSheetCount, windowColumns);
  const requestedWindow: Rect = {
    row: 0,
    column: 0,
    rowCount: windowRows,
    columnCount: windowColumns,
  };
  const reads = queueSheetReads(listed, gates, requestedWindow);
  await context.sync();

  const laid = layOut(reads, record, gates, requestedWindow);
  // Sync 3 and on, only for taller or wider sheets: the remaining blocks, within the limits, with progress.
  const remainingCells = laid.parts.reduce((sum, part) => sum + cellCount(part.rect), 0);
  let readCells = laid.totalCells - remainingCells;
  const progress = () =>
    onProgress(laid.totalCells === 0 ? 1 : Math.min(1, readCells / laid.totalCells));
  progress();
  const laterBudget =
    laid.windowCells > 0
      ? budgetAfterMeasuring(budget, laid.windowBytes / laid.windowCells)
      : budget;
  for (const group of planBlockReads(laid.parts, laterBudget.cellsPerSync)) {
    await readBlocks(
      context,
      group,
      laterBudget.cellsPerSync,
      laid.worksheetByName,
      laid.rowsBySheet,
      (cells) => {
        readCells += cells;
        progress();
      }
    );
  }

  const snapshotSheets: SheetSnapshot[] = [];
  for (const sheet of reads) {
    const rows = laid.rowsBySheet.get(sheet.name);
    if (rows) snapshotSheets.push({ name: sheet.name, rows });
  }
  return {
    snapshot: { sheets: snapshotSheets },
    layout: { workbookProtected: workbookProtected(), sheets: laid.layoutSheets, made: record },
  };
}
