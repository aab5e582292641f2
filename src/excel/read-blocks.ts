import type { CellSnapshot } from "../core";
import { planBlockReads, type ReadBlock } from "./block-plan";
import { placeBlock, type BlockData } from "./cell-mapping";
import { officeErrorCode } from "./host-error";
import { cellCount } from "./rect";
import { rectAddress } from "./a1";

export const CELL_PROPERTIES = "values,valueTypes,numberFormat,formulas";

export type Rows = Array<Array<CellSnapshot | null> | undefined>;

export function dataOf(range: Excel.Range): BlockData {
  return {
    values: range.values,
    valueTypes: range.valueTypes,
    numberFormat: range.numberFormat,
    formulas: range.formulas,
  };
}

const PAYLOAD_TOO_LARGE = new Set([
  "ResponsePayloadSizeLimitExceeded",
  "RequestPayloadSizeLimitExceeded",
  "RangeExceedsLimit",
]);

/**
 * One sync for a group of blocks. If Excel still finds the response too large (cells much longer than planned),
 * the group is read again in halves rather than failing the whole validation.
 */
export async function readBlocks(
  context: Excel.RequestContext,
  blocks: ReadonlyArray<ReadBlock>,
  cellsPerSync: number,
  worksheets: ReadonlyMap<string, Excel.Worksheet>,
  rowsBySheet: ReadonlyMap<string, Rows>,
  onRead: (cells: number) => void
): Promise<void> {
  const ranges = blocks.map((block) => {
    const worksheet = worksheets.get(block.sheet);
    if (!worksheet) throw new Error(`Sheet ${block.sheet} is not known`);
    // By address (ExcelApi 1.1), not getRangeByIndexes (1.7): Excel 2016 reads the same blocks.
    const range = worksheet.getRange(
      rectAddress(block.rect.row, block.rect.column, block.rect.rowCount, block.rect.columnCount)
    );
    range.load(CELL_PROPERTIES);
    return range;
  });
  try {
    await context.sync();
  } catch (error) {
    const smaller = Math.floor(cellsPerSync / 2);
    if (!PAYLOAD_TOO_LARGE.has(officeErrorCode(error) ?? "") || smaller < 1) throw error;
    for (const group of planBlockReads(blocks, smaller))
      await readBlocks(context, group, smaller, worksheets, rowsBySheet, onRead);
    return;
  }
  blocks.forEach((block, index) => {
    const rows = rowsBySheet.get(block.sheet);
    if (rows) placeBlock(rows, block.rect.row, block.rect.column, dataOf(ranges[index]));
    onRead(cellCount(block.rect));
  });
}
