/**
 * How much one `context.sync` may read. Excel on the web refuses requests and responses over 5 MB
 * (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded) and every platform refuses to get a
 * range of more than 5,000,000 cells. We read four properties per cell (values, valueTypes, numberFormat,
 * formulas): a typical committee cell costs about 40 bytes of JSON (`123,` twice, `"Double",`, `"General",`),
 * a name about 60. We plan with 100 bytes a cell and keep a fifth of the limit in reserve for the response's
 * own framing, so a block stays under the limit even when many cells hold longer text.
 */
export const EXCEL_WEB_PAYLOAD_LIMIT_BYTES = 5_000_000;
export const EXCEL_READ_CELL_LIMIT = 5_000_000;
export const PAYLOAD_SHARE_PLANNED = 0.8;
export const ASSUMED_BYTES_PER_CELL = 100;

/** Columns of the first window read together with the used range; the form's widest sheet has 7 fields. */
export const FIRST_WINDOW_COLUMNS = 16;

export interface ReadBudget {
  /** Cells one sync may read (all sheets together). */
  readonly cellsPerSync: number;
  /** Bytes one cell is assumed to cost in the response. */
  readonly bytesPerCell: number;
}

export function readBudget(bytesPerCell = ASSUMED_BYTES_PER_CELL): ReadBudget {
  const perCell = Math.max(1, bytesPerCell);
  const byPayload = Math.floor((EXCEL_WEB_PAYLOAD_LIMIT_BYTES * PAYLOAD_SHARE_PLANNED) / perCell);
  return {
    cellsPerSync: Math.max(1, Math.min(EXCEL_READ_CELL_LIMIT, byPayload)),
    bytesPerCell: perCell,
  };
}

/**
 * The budget for the reads after the first: never more generous than the assumption, but tighter when the
 * first window showed longer cells (twice the measured average, since later rows may hold longer text).
 */
export function budgetAfterMeasuring(
  planned: ReadBudget,
  measuredBytesPerCell: number
): ReadBudget {
  if (!Number.isFinite(measuredBytesPerCell) || measuredBytesPerCell * 2 <= planned.bytesPerCell)
    return planned;
  const tighter = readBudget(Math.ceil(measuredBytesPerCell * 2));
  return tighter.cellsPerSync < planned.cellsPerSync ? tighter : planned;
}

/** Rows of the first window per sheet, so that every sheet's window together fits one sync. */
export function firstWindowRows(
  budget: ReadBudget,
  sheetCount: number,
  columns = FIRST_WINDOW_COLUMNS
): number {
  const perSheet = Math.floor(budget.cellsPerSync / Math.max(1, sheetCount));
  return Math.max(1, Math.floor(perSheet / Math.max(1, columns)));
}
