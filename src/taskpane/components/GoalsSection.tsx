import { useEffect, useRef, useState } from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Edit20Regular } from "@fluentui/react-icons";
import { scopeLabel } from "../../core";
import type { WorkbookGoals } from "../../core";
import { formatGoal, indicatorTitle } from "../../core";
import type { ScopedGoal } from "../../core";
import type { Report } from "../../core";
import { goalsInUse } from "../goal-drafts";
import { usePaneText } from "../pane-text";
import { useHostAction } from "../use-host-action";
import type { PaneController } from "../use-pane-controller";
import { GoalsEditor } from "./GoalsEditor";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  source: { margin: 0 },
  sourceLabel: { color: tokens.colorNeutralForeground2 },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  goal: { fontWeight: tokens.fontWeightSemibold, whiteSpace: "nowrap" },
  note: { margin: 0, color: tokens.colorNeutralForeground3 },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
});

interface GoalsSectionProps {
  /** Reads and writes the goals: the pane's controller (this section never calls the host itself). */
  readonly goals: Pick<PaneController, "readGoals" | "saveGoals">;
  readonly report: Report | null;
  /** A validation is running: the workbook is being read. */
  readonly busy: boolean;
  /** Validates again after the goals were saved. */
  readonly onSaved: () => Promise<void>;
}

type Editing =
  | { readonly kind: "closed" }
  | { readonly kind: "loading" }
  | { readonly kind: "open"; readonly goals: WorkbookGoals };

/** Opening, saving and closing the editor, with the keyboard taken where each step leaves the user. */
function useGoalsEditing(goals: GoalsSectionProps["goals"], onSaved: () => Promise<void>) {
  const [editing, setEditing] = useState<Editing>({ kind: "closed" });
  const [saved, setSaved] = useState(false);
  const action = useHostAction();
  const editButton = useRef<HTMLButtonElement>(null);
  const savedMessage = useRef<HTMLDivElement>(null);

  // The editor that held the keyboard is gone once saved: the keyboard goes to what saving did.
  useEffect(() => {
    if (saved) savedMessage.current?.focus();
  }, [saved]);

  const open = async () => {
    setEditing({ kind: "loading" });
    setSaved(false);
    // Read now rather than reuse the last check: the user may have changed the goals sheet since.
    const result = await action.run(() => goals.readGoals());
    setEditing(result.kind === "done" ? { kind: "open", goals: result.value } : { kind: "closed" });
  };

  const close = () => {
    setEditing({ kind: "closed" });
    // The editor's controls are gone; the keyboard user goes back to where they came from.
    requestAnimationFrame(() => editButton.current?.focus());
  };

  const save = async (edited: ScopedGoal[]) => {
    const result = await action.run(() => goals.saveGoals(edited));
    if (result.kind !== "done") return;
    setEditing({ kind: "closed" });
    setSaved(true);
    await onSaved();
  };

  const saving = action.running && editing.kind === "open";
  return {
    editing,
    saved,
    saving,
    problem: action.problem,
    editButton,
    savedMessage,
    open,
    close,
    save,
  };
}

/** Where the goals of the last check came from, and each goal in use. */
function GoalsInUse({ report }: { readonly report: Report }) {
  const styles = useStyles();
  const { lang, strings } = usePaneText();
  const text = strings.goals;
  const used = goalsInUse(report);
  return (
    <>
      <p className={styles.source} data-goals-source={report.goalsSource}>
        <span className={styles.sourceLabel}>{text.source}: </span>
        {report.goalsSource === "workbook" ? text.fromSheet : text.fromDefaults}
      </p>
      {used.length > 0 && (
        <ul className={styles.list} aria-label={text.inUse}>
          {used.map((goal) => (
            <li
              key={`${goal.indicator}|${goal.scope}`}
              data-goal={goal.indicator}
              data-scope={goal.scope}
            >
              {indicatorTitle(goal.indicator, lang)}:{" "}
              <span className={styles.goal}>{formatGoal(goal.indicator, goal, lang)}</span> (
              {scopeLabel(goal.scope, lang)})
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The goals the last check used and where they came from, and the editor that writes the goals sheet. */
export function GoalsSection({ goals, report, busy, onSaved }: GoalsSectionProps) {
  const styles = useStyles();
  const { strings } = usePaneText();
  const text = strings.goals;
  const { editing, saved, saving, problem, editButton, savedMessage, open, close, save } =
    useGoalsEditing(goals, onSaved);
  return (
    <section className={styles.root} aria-labelledby="goals-heading" data-testid="goals-section">
      <Subtitle2 as="h2" id="goals-heading">
        {text.heading}
      </Subtitle2>
      {report ? (
        <GoalsInUse report={report} />
      ) : (
        <p className={styles.note}>{text.validateFirst}</p>
      )}
      {saved && (
        <MessageBar ref={savedMessage} tabIndex={-1} intent="success" politeness="polite">
          <MessageBarBody>{text.saved}</MessageBarBody>
        </MessageBar>
      )}
      {problem && (
        <MessageBar intent="error" politeness="assertive" data-reason={problem}>
          <MessageBarBody>{strings.errors[problem]}</MessageBarBody>
        </MessageBar>
      )}
      {editing.kind === "open" ? (
        <GoalsEditor
          goals={editing.goals}
          saving={saving}
          onSave={(goals) => void save(goals)}
          onCancel={close}
        />
      ) : (
        <div className={styles.actions}>
          <Button
            ref={editButton}
            icon={editing.kind === "loading" ? <Spinner size="tiny" /> : <Edit20Regular />}
            disabled={busy || editing.kind === "loading"}
            onClick={() => void open()}
          >
            {editing.kind === "loading" ? text.loading : text.edit}
          </Button>
        </div>
      )}
    </section>
  );
}
