import { useEffect, useMemo, useRef, useState } from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Add20Regular, Save20Regular } from "@fluentui/react-icons";
import { checkGoalRows } from "../../core";
import type { WorkbookGoals } from "../../core";
import { SHEETS } from "../../core";
import type { ScopedGoal } from "../../core";
import type { Lang } from "../../core";
import { editorRows, emptyRow, inLanguage, type DraftRow } from "../goal-drafts";
import { usePaneText } from "../pane-text";
import { GoalRowFields } from "./GoalRowFields";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  origin: { margin: 0, color: tokens.colorNeutralForeground2 },
  rows: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  buttons: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  hint: { color: tokens.colorPaletteRedForeground1 },
});

interface GoalsEditorProps {
  readonly goals: WorkbookGoals;
  readonly saving: boolean;
  readonly onSave: (goals: ScopedGoal[]) => void;
  readonly onCancel: () => void;
}

/** The goals as rows the user changes, adds and removes; Save stays disabled while any row is wrong. */
export function GoalsEditor({ goals, saving, onSave, onCancel }: GoalsEditorProps) {
  const styles = useStyles();
  const { lang, strings } = usePaneText();
  const text = strings.goals;
  const [rows, setRows] = useState<DraftRow[]>(() => editorRows(goals));
  const [rowsLang, setRowsLang] = useState<Lang>(lang);
  const [focusKey, setFocusKey] = useState<number | null>(null);
  const indicatorRefs = useRef(new Map<number, HTMLButtonElement>());
  const addRef = useRef<HTMLButtonElement>(null);

  // Decimal marks follow the pane's language: `90,5` becomes `90.5` when the user switches to English.
  if (rowsLang !== lang) {
    setRows(inLanguage(rows, rowsLang, lang));
    setRowsLang(lang);
  }

  const checks = useMemo(
    () =>
      checkGoalRows(
        rows.map((row) => row.draft),
        lang
      ),
    [rows, lang]
  );
  const valid = checks.every((check) => check.goal !== null);

  useEffect(() => {
    if (focusKey === null) return;
    (indicatorRefs.current.get(focusKey) ?? addRef.current)?.focus();
    setFocusKey(null);
  }, [focusKey]);

  const add = () => {
    const row = emptyRow();
    setRows((current) => [...current, row]);
    setFocusKey(row.key);
  };
  const remove = (index: number) => {
    const next = rows[index + 1] ?? rows[index - 1];
    setRows((current) => current.filter((_, i) => i !== index));
    setFocusKey(next ? next.key : -1);
  };
  const sheetName = goals.sheet ?? SHEETS.goals.names[lang];

  return (
    <div className={styles.root} role="group" aria-label={text.edit}>
      <p className={styles.origin}>
        {goals.entries.some((entry) => entry.origin.kind === "sheet")
          ? text.editorFromSheet(sheetName)
          : text.editorFromDefaults(sheetName)}
      </p>
      <div className={styles.rows}>
        {rows.map((row, index) => (
          <GoalRowFields
            key={row.key}
            ref={(element) => {
              if (element) indicatorRefs.current.set(row.key, element);
              else indicatorRefs.current.delete(row.key);
            }}
            index={index}
            draft={row.draft}
            check={checks[index]}
            disabled={saving}
            onChange={(draft) =>
              setRows((current) =>
                current.map((candidate) =>
                  candidate.key === row.key ? { ...candidate, draft } : candidate
                )
              )
            }
            onRemove={() => remove(index)}
          />
        ))}
      </div>
      {rows.length === 0 && (
        <MessageBar intent="info">
          <MessageBarBody>{text.noneLeft}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.buttons}>
        <Button ref={addRef} icon={<Add20Regular />} onClick={add} disabled={saving}>
          {text.add}
        </Button>
      </div>
      {!valid && (
        <Text className={styles.hint} role="status">
          {text.fixToSave}
        </Text>
      )}
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          icon={saving ? <Spinner size="tiny" /> : <Save20Regular />}
          disabled={!valid || saving}
          onClick={() => onSave(checks.map((check) => check.goal!))}
        >
          {saving ? text.saving : text.save}
        </Button>
        <Button onClick={onCancel} disabled={saving}>
          {text.cancel}
        </Button>
      </div>
    </div>
  );
}
