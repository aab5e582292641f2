import type { ReactNode } from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { PaneProblem } from "../pane-state";
import { usePaneText } from "../pane-text";

/** A host failure in the user's words: what happened and what to do (with a button that does it, where there is one); never a stack trace. */
export function ProblemMessage({
  problem,
  action,
}: {
  readonly problem: PaneProblem;
  readonly action?: ReactNode;
}) {
  const { strings } = usePaneText();
  const text = problem.reason === "go-to" ? strings.goToFailed : strings.errors[problem.reason];
  return (
    <MessageBar
      intent="error"
      politeness="assertive"
      data-reason={problem.reason}
      layout={action ? "multiline" : "auto"}
    >
      <MessageBarBody>{text}</MessageBarBody>
      {action && <MessageBarActions>{action}</MessageBarActions>}
    </MessageBar>
  );
}

/** Shown once the user edits a checked sheet: the results on screen no longer describe the workbook. */
export function StaleBanner({ onValidate }: { readonly onValidate: () => void }) {
  const { strings } = usePaneText();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>{strings.stale}</MessageBarBody>
      <MessageBarActions>
        <Button onClick={onValidate}>{strings.validateAgain}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

export function ClearedMessage() {
  const { strings } = usePaneText();
  return (
    <MessageBar intent="info">
      <MessageBarBody>{strings.cleared}</MessageBarBody>
    </MessageBar>
  );
}
