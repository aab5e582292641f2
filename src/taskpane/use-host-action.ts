import { useCallback, useRef, useState } from "react";
import { hostProblemReason } from "./host-problem";
import type { HostErrorReason } from "./strings";

export interface HostAction {
  /** An action is running. */
  readonly running: boolean;
  /** Why the last action failed, in the pane's words (strings.errors), or null. */
  readonly problem: HostErrorReason | null;
  /**
   * Runs `action` unless one is running: busy while it runs, its failure kept as `problem`. Resolves to the
   * action's result, or `failed` (with `problem` set) or `busy` (another action was running).
   */
  run<T>(
    action: () => Promise<T>
  ): Promise<{ readonly kind: "done"; readonly value: T } | { readonly kind: "failed" | "busy" }>;
  /** Forget the last problem. */
  dismiss(): void;
}

/** The one busy/try/problem pattern of the pane's workbook actions (insert the standard sheets, read and save goals). */
export function useHostAction(): HostAction {
  const [running, setRunning] = useState(false);
  const [problem, setProblem] = useState<HostErrorReason | null>(null);
  const busy = useRef(false);

  const run = useCallback(async <T>(action: () => Promise<T>) => {
    if (busy.current) return { kind: "busy" as const };
    busy.current = true;
    setRunning(true);
    setProblem(null);
    try {
      const value = await action();
      return { kind: "done" as const, value };
    } catch (error) {
      setProblem(hostProblemReason(error));
      return { kind: "failed" as const };
    } finally {
      busy.current = false;
      setRunning(false);
    }
  }, []);

  const dismiss = useCallback(() => setProblem(null), []);
  return { running, problem, run, dismiss };
}
