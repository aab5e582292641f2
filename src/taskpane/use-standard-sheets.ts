import { useCallback, useRef, useState } from 'react';
import type { WorkbookHost } from '../core';
import type { Lang } from '../core';
import { hostProblemReason } from './host-problem';
import type { HostErrorReason } from './strings';

/** What the last insertion did: the sheets added (none when the workbook had them all), or why it failed. */
export type InsertOutcome = { readonly kind: 'added'; readonly sheets: ReadonlyArray<string> } | { readonly kind: 'failed'; readonly reason: HostErrorReason };

export interface StandardSheets {
  readonly running: boolean;
  readonly outcome: InsertOutcome | null;
  insert(): Promise<void>;
}

/**
 * Inserts the standard sheets the workbook lacks, from any button of the pane (the Form section, the message
 * for a workbook without committee sheets); `afterInsert` runs once sheets were added.
 */
export function useStandardSheets(host: WorkbookHost, lang: Lang, afterInsert: () => unknown): StandardSheets {
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<InsertOutcome | null>(null);
  const latest = useRef({ host, lang, afterInsert, running });
  latest.current = { host, lang, afterInsert, running };

  const insert = useCallback(async () => {
    if (latest.current.running) return;
    setRunning(true);
    setOutcome(null);
    let added: ReadonlyArray<string>;
    try {
      added = await latest.current.host.insertStandardSheets(latest.current.lang);
    } catch (error) {
      setOutcome({ kind: 'failed', reason: hostProblemReason(error) });
      setRunning(false);
      return;
    }
    setOutcome({ kind: 'added', sheets: added });
    setRunning(false);
    if (added.length > 0) await latest.current.afterInsert();
  }, []);

  return { running, outcome, insert };
}
