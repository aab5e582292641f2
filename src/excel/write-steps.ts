import { EXCEL_WEB_PAYLOAD_LIMIT_BYTES, PAYLOAD_SHARE_PLANNED } from "./read-limits";

/** One part of a write, queued on the context; its request size is estimated so syncs stay under 5 MB. */
export interface WriteStep {
  readonly bytes: number;
  queue(): void;
}

export const WRITE_BUDGET_BYTES = Math.floor(EXCEL_WEB_PAYLOAD_LIMIT_BYTES * PAYLOAD_SHARE_PLANNED);

/** Office.js sends each queued action with its object path and arguments: a few hundred bytes of framing. */
export const ACTION_BYTES = 400;

/** Steps in order, grouped into as few syncs as the request limit allows (one for a normal report). */
export function packSteps(
  steps: ReadonlyArray<WriteStep>,
  budgetBytes = WRITE_BUDGET_BYTES
): WriteStep[][] {
  const syncs: WriteStep[][] = [];
  let current: WriteStep[] = [];
  let bytes = 0;
  for (const step of steps) {
    if (current.length > 0 && bytes + step.bytes > budgetBytes) {
      syncs.push(current);
      current = [];
      bytes = 0;
    }
    current.push(step);
    bytes += step.bytes;
  }
  if (current.length > 0) syncs.push(current);
  return syncs;
}
