/**
 * Times exceljs's `xlsx.load` from the inside while our reader runs, so that the
 * reader's own work (exceljs model → snapshot) is its total minus the load of
 * the same call, not a difference between two separately measured, noisy runs.
 */
import { createRequire } from 'node:module';

type Load = (this: unknown, ...args: unknown[]) => Promise<unknown>;

export interface LoadTimer {
  /** Milliseconds spent in `xlsx.load` since the last reset. */
  readonly loadMs: () => number;
  readonly reset: () => void;
}

export function timeExceljsLoads(): LoadTimer {
  // The same module instance exceljs's Workbook uses (resolved from the repo's node_modules).
  const xlsx = createRequire(__filename)('exceljs/lib/xlsx/xlsx') as { prototype: { load: Load } };
  const original = xlsx.prototype.load;
  let spent = 0;
  xlsx.prototype.load = async function timedLoad(this: unknown, ...args: unknown[]) {
    const start = performance.now();
    try {
      return await original.apply(this, args);
    } finally {
      spent += performance.now() - start;
    }
  };
  return { loadMs: () => spent, reset: () => { spent = 0; } };
}
