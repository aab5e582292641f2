import { useCallback } from 'react';
import { PROGRAM_VERSION, makeStamp, stampRows, type Report, type WorkbookHost, type WorkbookSnapshot } from '../core';
import { formDataHash } from './form-data-hash';

/**
 * Stamping the workbook on screen: the hash of the data the report was made from, the report's counts and
 * committee figures, written into the workbook's stamp sheet; then `revalidate`, so the pane shows the stamp
 * as the workbook now carries it. Resolves to false when nothing could be written.
 */
export function useStamp(host: WorkbookHost, report: Report | null, snapshot: WorkbookSnapshot | null, revalidate: () => Promise<void>): () => Promise<boolean> {
  return useCallback(async () => {
    if (!report || !snapshot || !report.ready) return false;
    const hash = await formDataHash(snapshot);
    if (!hash) return false;
    try {
      await host.writeStamp(stampRows(makeStamp(report, hash, PROGRAM_VERSION, new Date())));
    } catch {
      return false;
    }
    await revalidate();
    return true;
  }, [host, report, snapshot, revalidate]);
}
