import { useCallback, useRef, useState } from "react";
import { useHostAction } from "./use-host-action";
import type { HostErrorReason } from "./strings";
import type { PaneController } from "./use-pane-controller";

/** What the last insertion did: the sheets added (none when the workbook had them all), or why it failed. */
export type InsertOutcome =
  | { readonly kind: "added"; readonly sheets: ReadonlyArray<string> }
  | { readonly kind: "failed"; readonly reason: HostErrorReason };

export interface StandardSheets {
  readonly running: boolean;
  readonly outcome: InsertOutcome | null;
  insert(): Promise<void>;
}

/**
 * Inserts the standard sheets the workbook lacks, from any button of the pane (the Form section, the message
 * for a workbook without committee sheets); `afterInsert` runs once sheets were added.
 */
export function useStandardSheets(
  controller: Pick<PaneController, "insertStandardSheets">,
  afterInsert: () => unknown
): StandardSheets {
  const action = useHostAction();
  const [added, setAdded] = useState<ReadonlyArray<string> | null>(null);
  const latest = useRef({ controller, afterInsert });
  latest.current = { controller, afterInsert };
  const run = action.run;

  const insert = useCallback(async () => {
    const result = await run(async () => {
      setAdded(null);
      return latest.current.controller.insertStandardSheets();
    });
    if (result.kind !== "done") return;
    setAdded(result.value);
    if (result.value.length > 0) await latest.current.afterInsert();
  }, [run]);

  const outcome: InsertOutcome | null = action.problem
    ? { kind: "failed", reason: action.problem }
    : added
      ? { kind: "added", sheets: added }
      : null;
  return { running: action.running, outcome, insert };
}
